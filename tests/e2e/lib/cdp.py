#!/usr/bin/env python3
"""Drives headless Chromium over the DevTools protocol with Python's standard library only
(a minimal WebSocket client): log in through the hub's form, open pages, save PNGs.

Usage: cdp.py CHROMIUM PROFILE_DIR BASE_URL NAME PASSWORD OUT_DIR PATH:FILE.png…
Prints one line per page: "FILE.png PATH TITLE". Exits non-zero when the browser cannot be
driven, the login does not land on a page past the form, or a page is the login form or an
error page.
"""
import base64, json, os, socket, struct, subprocess, sys, time, urllib.request


class WebSocket:
    def __init__(self, url):
        assert url.startswith("ws://")
        hostport, path = url[5:].split("/", 1)
        host, port = hostport.split(":")
        self.sock = socket.create_connection((host, int(port)), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (f"GET /{path} HTTP/1.1\r\nHost: {hostport}\r\nUpgrade: websocket\r\n"
             f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise RuntimeError("websocket handshake cut off")
            head += chunk
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError("websocket handshake refused: " + head.decode(errors="replace"))

    def _exact(self, n):
        out = b""
        while len(out) < n:
            chunk = self.sock.recv(n - len(out))
            if not chunk:
                raise RuntimeError("websocket closed")
            out += chunk
        return out

    def send(self, text):
        data = text.encode()
        header = bytes([0x81])
        n = len(data)
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def recv(self):
        message = b""
        while True:
            b0, b1 = self._exact(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._exact(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._exact(8))[0]
            mask = self._exact(4) if b1 & 0x80 else None
            payload = self._exact(n)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            opcode = b0 & 0x0F
            if opcode == 8:
                raise RuntimeError("websocket closed by the browser")
            if opcode in (9, 10):
                continue
            message += payload
            if b0 & 0x80:
                return message.decode()


class Page:
    def __init__(self, ws):
        self.ws = ws
        self.next_id = 0
        self.events = []

    def call(self, method, **params):
        self.next_id += 1
        my = self.next_id
        self.ws.send(json.dumps({"id": my, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == my:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.events.append(msg)

    def wait_load(self, timeout=60):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for i, e in enumerate(self.events):
                if e.get("method") == "Page.loadEventFired":
                    del self.events[: i + 1]
                    return
            self.events.append(json.loads(self.ws.recv()))
        raise RuntimeError("page did not load")

    def evaluate(self, expression):
        r = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return r.get("result", {}).get("value")

    def goto(self, url):
        self.events.clear()
        self.call("Page.navigate", url=url)
        self.wait_load()


def main():
    chromium, profile, base, name, password, out_dir = sys.argv[1:7]
    shots = [a.split(":", 1) for a in sys.argv[7:]]
    port_file = os.path.join(profile, "DevToolsActivePort")
    browser = subprocess.Popen(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         "--no-first-run", "--remote-debugging-port=0", f"--user-data-dir={profile}",
         # The hub's self-signed certificate, trusted by its key's pin as a laptop trusts it.
         *([f"--ignore-certificate-errors-spki-list={os.environ['CDP_SPKI_PIN']}"]
           if os.environ.get("CDP_SPKI_PIN") else []),
         "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while not (os.path.exists(port_file) and open(port_file).read().count("\n") >= 1):
            if time.time() > deadline or browser.poll() is not None:
                raise RuntimeError("chromium did not open its DevTools port")
            time.sleep(0.1)
        port = open(port_file).read().split("\n")[0].strip()
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
        target = next(t for t in targets if t.get("type") == "page")
        page = Page(WebSocket(target["webSocketDebuggerUrl"]))
        page.call("Page.enable")
        page.call("Emulation.setDeviceMetricsOverride", width=1240, height=1754,
                  deviceScaleFactor=2, mobile=False)

        # Log in the way a person does: type into the form and press the button.
        page.goto(base + "/login")
        if not page.evaluate("!!document.querySelector('form.login')"):
            raise RuntimeError("no login form at /login")
        page.events.clear()
        page.evaluate(
            "document.querySelector('input[name=name]').value = %s;"
            "document.querySelector('input[name=password]').value = %s;"
            "document.getElementById('login').click(); true" % (json.dumps(name), json.dumps(password)))
        page.wait_load()
        landed = page.evaluate("location.pathname")
        if landed == "/login" or page.evaluate("!!document.querySelector('form.login')"):
            raise RuntimeError("the login did not get past the form (landed on %s)" % landed)

        for path, file in shots:
            page.goto(base + path)
            title = page.evaluate("document.title") or ""
            if page.evaluate("!!document.querySelector('form.login')") or title.startswith("登录"):
                raise RuntimeError(f"{path} shows the login form")
            if title in ("出错了", "无权查看", "月份不对", "请求不对"):
                raise RuntimeError(f"{path} shows an error page: {title}")
            shot = page.call("Page.captureScreenshot", format="png")
            with open(os.path.join(out_dir, file), "wb") as f:
                f.write(base64.b64decode(shot["data"]))
            print(file, path, title)
    finally:
        browser.terminate()
        try:
            browser.wait(10)
        except subprocess.TimeoutExpired:
            browser.kill()


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # one clear line, non-zero exit
        print(f"FAIL: {e}", file=sys.stderr)
        sys.exit(1)
