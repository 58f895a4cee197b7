// libcurl's easy API for the laptop's hub client (CurlHubTransport): the one TLS client on Linux
// that can pin the hub's public key (CURLOPT_PINNEDPUBLICKEY). FoundationNetworking already links
// the system's libcurl, so the laptop gains no new runtime dependency; the headers come from
// libcurl4-openssl-dev.
//
// curl_easy_setopt and curl_easy_getinfo are variadic, which Swift cannot call: typed wrappers.
#ifndef SHUOSHI_CCURL_SHIM_H
#define SHUOSHI_CCURL_SHIM_H

#include <curl/curl.h>

static inline CURLcode shuoshi_curl_global_init(void) {
  return curl_global_init(CURL_GLOBAL_DEFAULT);
}

static inline CURLcode shuoshi_curl_set_long(CURL *h, CURLoption option, long value) {
  return curl_easy_setopt(h, option, value);
}

static inline CURLcode shuoshi_curl_set_off(CURL *h, CURLoption option, curl_off_t value) {
  return curl_easy_setopt(h, option, value);
}

static inline CURLcode shuoshi_curl_set_string(CURL *h, CURLoption option, const char *value) {
  return curl_easy_setopt(h, option, value);
}

static inline CURLcode shuoshi_curl_set_pointer(CURL *h, CURLoption option, void *value) {
  return curl_easy_setopt(h, option, value);
}

static inline CURLcode shuoshi_curl_set_headers(CURL *h, struct curl_slist *headers) {
  return curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
}

typedef size_t (*shuoshi_curl_write_fn)(char *data, size_t size, size_t count, void *context);

static inline CURLcode shuoshi_curl_set_writer(CURL *h, shuoshi_curl_write_fn fn, void *context) {
  CURLcode rc = curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, fn);
  if (rc != CURLE_OK) return rc;
  return curl_easy_setopt(h, CURLOPT_WRITEDATA, context);
}

static inline long shuoshi_curl_status(CURL *h) {
  long status = 0;
  if (curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status) != CURLE_OK) return 0;
  return status;
}

#endif
