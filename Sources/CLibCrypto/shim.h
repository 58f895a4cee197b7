// AES-256-GCM from the system's libcrypto (OpenSSL 3.0 on Debian 12; headers from libssl-dev,
// runtime libssl3) for the store's page cipher (issue 16). One page sealed or opened in place
// on a context whose key schedule was set once: per page only the IV, the associated data, the
// page and the tag go through EVP — no allocation, no copy.
#ifndef SHUOSHI_CLIBCRYPTO_SHIM_H
#define SHUOSHI_CLIBCRYPTO_SHIM_H

#include <openssl/evp.h>
#include <openssl/rand.h>

/// AES-256-GCM, fetched once by the caller and kept for the process.
static inline EVP_CIPHER *shuoshi_gcm_fetch(void) {
  return EVP_CIPHER_fetch(NULL, "AES-256-GCM", NULL);
}

/// A context holding `key` (32 bytes), its key schedule computed here, once. 12-byte IVs
/// (GCM's default). NULL on failure.
static inline EVP_CIPHER_CTX *shuoshi_gcm_context(const EVP_CIPHER *cipher,
                                                   const unsigned char *key) {
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (ctx == NULL) return NULL;
  if (EVP_EncryptInit_ex2(ctx, cipher, key, NULL, NULL) != 1) {
    EVP_CIPHER_CTX_free(ctx);
    return NULL;
  }
  return ctx;
}

/// A second context with the same key schedule (copied, not recomputed). NULL on failure.
static inline EVP_CIPHER_CTX *shuoshi_gcm_copy(const EVP_CIPHER_CTX *from) {
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (ctx == NULL) return NULL;
  if (EVP_CIPHER_CTX_copy(ctx, from) != 1) {
    EVP_CIPHER_CTX_free(ctx);
    return NULL;
  }
  return ctx;
}

/// Encrypts `data[0..<len]` in place under `iv` (12 bytes) and `aad`; writes the 16-byte tag.
/// 1 on success.
static inline int shuoshi_gcm_seal(EVP_CIPHER_CTX *ctx, const unsigned char *iv,
                                   const unsigned char *aad, int aadLength, unsigned char *data,
                                   int len, unsigned char *tag) {
  int out = 0;
  unsigned char last[16];
  if (EVP_EncryptInit_ex2(ctx, NULL, NULL, iv, NULL) != 1) return 0;
  if (EVP_EncryptUpdate(ctx, NULL, &out, aad, aadLength) != 1) return 0;
  if (EVP_EncryptUpdate(ctx, data, &out, data, len) != 1 || out != len) return 0;
  if (EVP_EncryptFinal_ex(ctx, last, &out) != 1 || out != 0) return 0;
  return EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, 16, tag) == 1;
}

/// Decrypts `data[0..<len]` in place under `iv`, `aad` and the 16-byte `tag`. 1 when the tag
/// verifies; otherwise 0 and `data` holds unauthenticated bytes the caller must discard.
static inline int shuoshi_gcm_open(EVP_CIPHER_CTX *ctx, const unsigned char *iv,
                                   const unsigned char *aad, int aadLength, unsigned char *data,
                                   int len, const unsigned char *tag) {
  int out = 0;
  unsigned char last[16];
  if (EVP_DecryptInit_ex2(ctx, NULL, NULL, iv, NULL) != 1) return 0;
  if (EVP_DecryptUpdate(ctx, NULL, &out, aad, aadLength) != 1) return 0;
  if (EVP_DecryptUpdate(ctx, data, &out, data, len) != 1 || out != len) return 0;
  // OpenSSL takes the expected tag through a non-const pointer; it only reads it.
  if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_TAG, 16, (void *)tag) != 1) return 0;
  return EVP_DecryptFinal_ex(ctx, last, &out) > 0;
}

/// `count` bytes from OpenSSL's CSPRNG (per-thread DRBG seeded from the kernel). 1 on success.
static inline int shuoshi_random(unsigned char *out, int count) {
  return RAND_bytes(out, count);
}

#endif
