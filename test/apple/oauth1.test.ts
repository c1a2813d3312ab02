import { describe, expect, it } from 'vitest';
import { hmacSha1Signature, oauth1Header, percentEncode, signatureBaseString } from '../../src/apple/oauth1.js';
import { parseOAuthHeader } from '../support/apple-fake/index.js';

describe('OAuth 1.0a HMAC-SHA1 signer', () => {
  it('reproduces RFC 5849 §1.2 (the photos request)', () => {
    const url = new URL('http://photos.example.net/photos?file=vacation.jpg&size=original');
    const base = signatureBaseString('GET', url, [
      ['oauth_consumer_key', 'dpf43f3p2l4k3l03'],
      ['oauth_token', 'nnch734d00sl2jdk'],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', '137131202'],
      ['oauth_nonce', 'chapoH'],
    ]);
    expect(base).toBe(
      'GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key%3Ddpf43f3p2l4k3l03%26oauth_nonce%3DchapoH%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131202%26oauth_token%3Dnnch734d00sl2jdk%26size%3Doriginal',
    );
    expect(hmacSha1Signature(base, 'kd94hf93k423kf44', 'pfkkdhi9sl3r4s00')).toBe('MdpQcU8iPSUjWoN/UDMsK2sui9I=');
  });

  it('reproduces RFC 5849 §3.4.1.1 (encoded, repeated and empty parameters; body parameters; port and case of the URI)', () => {
    const url = new URL('http://EXAMPLE.COM:80/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b');
    const base = signatureBaseString('post', url, [
      ['c2', ''],
      ['a3', '2 q'],
      ['oauth_consumer_key', '9djdj82h48djs9d2'],
      ['oauth_token', 'kkk9d7dh3k39sjv7'],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', '137131201'],
      ['oauth_nonce', '7d8f3e4a'],
    ]);
    expect(base).toBe(
      'POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7',
    );
  });

  it('percent-encodes as RFC 3986 (unreserved kept, everything else %XX upper case, UTF-8)', () => {
    expect(percentEncode("AZaz09-._~ !*'()/+=&é")).toBe('AZaz09-._~%20%21%2A%27%28%29%2F%2B%3D%26%C3%A9');
  });

  it("signs Apple's /session exactly as apple-apis.md §2.2's vector", () => {
    const header = oauth1Header(
      'GET',
      'https://mdmenrollment.apple.com/session',
      {
        consumerKey: 'CK_00fadb3d36c6094cf479838455321b7c',
        consumerSecret: 'CS_secret',
        token: 'AT_O2109279022Oe03b641fd6f07d7face7894211d521fd8bef09c3O137392',
        tokenSecret: 'AS_secret',
      },
      { timestamp: 137131200, nonce: '4572616e48616d6d65724c61686176' },
    );
    expect(header).toBe(
      'OAuth oauth_consumer_key="CK_00fadb3d36c6094cf479838455321b7c", oauth_nonce="4572616e48616d6d65724c61686176", oauth_signature="LMNDzYFzgChvBbJQy94JqvAMogQ%3D", oauth_signature_method="HMAC-SHA1", oauth_timestamp="137131200", oauth_token="AT_O2109279022Oe03b641fd6f07d7face7894211d521fd8bef09c3O137392", oauth_version="1.0"',
    );
  });

  it('keeps the port of a non-default origin in the signed URI (a fake on 127.0.0.1:8080)', () => {
    const base = signatureBaseString('GET', new URL('http://127.0.0.1:8080/session'), [['oauth_nonce', 'n']]);
    expect(base.startsWith('GET&http%3A%2F%2F127.0.0.1%3A8080%2Fsession&')).toBe(true);
  });

  it("the fake's header parser accepts realm, any order and either separator", () => {
    const parsed = parseOAuthHeader('OAuth realm="ADM",oauth_token="a%2Bb", oauth_consumer_key="ck"');
    expect(parsed).toEqual({ oauth_token: 'a+b', oauth_consumer_key: 'ck' });
    expect(parseOAuthHeader('Bearer x')).toBeUndefined();
  });
});
