import { describe, expect, it } from 'vitest';
import { detectProtocol } from './detect.js';

const bytes = (text: string): Buffer => Buffer.from(text, 'latin1');

describe('detectProtocol', () => {
  it('recognises HTTP/1 request lines by their method', () => {
    expect(detectProtocol(bytes('GET / HTTP/1.1\r\n'))).toBe('http1');
    expect(detectProtocol(bytes('PATCH '))).toBe('http1');
    expect(detectProtocol(bytes('CONNECT host:443 HTTP/1.1'))).toBe('http1');
  });

  it('recognises the HTTP/2 preface only when whole', () => {
    const preface = 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n';
    expect(detectProtocol(bytes(preface + '\x00\x00\x12\x04'))).toBe('http2');
    expect(detectProtocol(bytes(preface.slice(0, 23)))).toBe('needMore');
    expect(detectProtocol(bytes('PRI * HTTP/2.0\r\n\r\nXX\r\n\r\n'))).toBe('unknown');
  });

  it('recognises a TLS handshake record of versions 3.0 to 3.4', () => {
    expect(detectProtocol(Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01]))).toBe('tls');
    expect(detectProtocol(Buffer.from([0x16, 0x03, 0x04]))).toBe('tls');
    expect(detectProtocol(Buffer.from([0x16, 0x03, 0x05]))).toBe('unknown');
    expect(detectProtocol(Buffer.from([0x17, 0x03, 0x03]))).toBe('unknown');
    expect(detectProtocol(Buffer.from([0x16, 0x03]))).toBe('needMore');
  });

  it('waits while the bytes could still become any of them', () => {
    for (const prefix of ['', 'G', 'GE', 'GET', 'P', 'PO', 'PR', 'OPTIONS', '\x16']) {
      expect(detectProtocol(bytes(prefix)), JSON.stringify(prefix)).toBe('needMore');
    }
  });

  it('gives up on anything else', () => {
    for (const other of [
      'get / HTTP/1.1',
      'GETX',
      'SSH-2.0-OpenSSH_9.6\r\n',
      '\x00\x00\x00\x01',
      'HTTP/1.1 200 OK',
    ]) {
      expect(detectProtocol(bytes(other)), JSON.stringify(other)).toBe('unknown');
    }
  });
});
