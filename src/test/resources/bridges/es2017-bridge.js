/*
 * A modern mplus bridge, for the kit's own tests: class, arrow functions, async/await, fetch, Promise and
 * template literals, as a bridge written today for a real WebView would be. HtmlUnit cannot parse it (the
 * kit reports HARNESS-ERROR there); Chromium runs it. It implements getImType and sendChatMessage over the
 * vendors' wire APIs (容联云 PushMsg, signed; 先维IM messages), reading the client's vendor and credentials
 * from the mock's /__tck/client.json as a host app would hand them to its bridge.
 */
(() => {
  'use strict';

  const RONGLIAN = 'https://app.cloopen.com:8883';
  const XIANWEI = 'https://api.xianwei-im.example';

  // MD5 as upper-case hex over UTF-8: 容联云 signs every request with it, and WebCrypto has no MD5.
  const md5 = (() => {
    const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
    const K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);
    const hex = (word) => Array.from({ length: 4 }, (_, i) => ((word >>> (8 * i)) & 0xff).toString(16).padStart(2, '0')).join('');
    return (text) => {
      const bytes = new TextEncoder().encode(text);
      const words = new Uint32Array((((bytes.length + 8) >>> 6) + 1) * 16);
      bytes.forEach((b, i) => { words[i >> 2] |= b << ((i % 4) * 8); });
      words[bytes.length >> 2] |= 0x80 << ((bytes.length % 4) * 8);
      words[words.length - 2] = bytes.length * 8;
      let h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
      for (let chunk = 0; chunk < words.length; chunk += 16) {
        let [a, b, c, d] = h;
        for (let i = 0; i < 64; i++) {
          const round = i >> 4;
          const f = [(b & c) | (~b & d), (d & b) | (~d & c), b ^ c ^ d, c ^ (b | ~d)][round];
          const g = [i, 5 * i + 1, 3 * i + 5, 7 * i][round] % 16;
          const s = SHIFTS[round * 4 + (i % 4)];
          const sum = (a + f + K[i] + words[chunk + g]) >>> 0;
          [a, d, c] = [d, c, b];
          b = (b + ((sum << s) | (sum >>> (32 - s)))) >>> 0;
        }
        h = [a, b, c, d].map((v, i) => (h[i] + v) >>> 0);
      }
      return h.map(hex).join('').toUpperCase();
    };
  })();

  const timestamp = (d = new Date()) => {
    const two = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}${two(d.getMonth() + 1)}${two(d.getDate())}${two(d.getHours())}${two(d.getMinutes())}${two(d.getSeconds())}`;
  };

  const nonEmpty = (options, name) => {
    const value = options && options[name];
    if (typeof value !== 'string' || value.trim() === '') {
      throw new Error(`${name} 必须是非空字符串`);
    }
    return value;
  };

  const readJson = async (response, vendor) => {
    try {
      return await response.json();
    } catch (e) {
      throw new Error(`${vendor} 返回了无法解析的应答 (HTTP ${response.status})`);
    }
  };

  class ModernBridge {
    async client() {
      const response = await fetch('/__tck/client.json');
      if (!response.ok) {
        throw new Error(`无法读取客户端信息 (HTTP ${response.status})`);
      }
      return response.json();
    }

    // Every call answers later, exactly once, and only through callbacks the page really gave.
    answer(options, work) {
      const callback = (name, res) => {
        const fn = options && options[name];
        if (typeof fn === 'function') {
          fn(res);
        }
      };
      work().then((res) => callback('success', res),
        (e) => callback('fail', { errMsg: (e && e.message) || String(e) }));
    }

    getImType(options) {
      this.answer(options, async () => ({ imType: (await this.client()).imType }));
    }

    sendChatMessage(options) {
      this.answer(options, async () => {
        const to = nonEmpty(options, 'imaccount');
        const text = nonEmpty(options, 'message');
        const client = await this.client();
        await (client.imType === 1 ? this.pushMsg(client, to, text) : this.xianweiSend(client, to, text));
        return {};
      });
    }

    async pushMsg(client, to, text) {
      const { accountSid, authToken, appId } = client.ronglian;
      const at = timestamp();
      const response = await fetch(`${RONGLIAN}/2013-12-26/Accounts/${accountSid}/IM/PushMsg?sig=${md5(accountSid + authToken + at)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json;charset=utf-8', Accept: 'application/json', Authorization: btoa(`${accountSid}:${at}`) },
        body: JSON.stringify({ pushType: '1', appId, sender: client.user.account, receiver: [to], msgType: '1', msgContent: text })
      });
      const body = await readJson(response, '容联云');
      if (body.statusCode !== '000000') {
        throw new Error(`容联云 ${body.statusCode}: ${body.statusMsg}`);
      }
    }

    async xianweiSend(client, to, text) {
      const { appKey, token } = client.xianwei;
      const response = await fetch(`${XIANWEI}/im/v1/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'X-Xianwei-App': appKey },
        body: JSON.stringify({ from: client.user.account, to, chatType: 'single', msgType: 'text', content: text })
      });
      const body = await readJson(response, '先维IM');
      if (body.code !== 0) {
        throw new Error(`先维IM ${body.code}: ${body.msg}`);
      }
    }
  }

  const bridge = new ModernBridge();
  window.mplus = {
    getImType: (options) => bridge.getImType(options),
    sendChatMessage: (options) => bridge.sendChatMessage(options)
  };
})();
