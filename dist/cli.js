import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/dns-packet/types.js
var require_types = __commonJS({
  "node_modules/dns-packet/types.js"(exports) {
    "use strict";
    exports.toString = function(type) {
      switch (type) {
        case 1:
          return "A";
        case 10:
          return "NULL";
        case 28:
          return "AAAA";
        case 18:
          return "AFSDB";
        case 42:
          return "APL";
        case 257:
          return "CAA";
        case 60:
          return "CDNSKEY";
        case 59:
          return "CDS";
        case 37:
          return "CERT";
        case 5:
          return "CNAME";
        case 49:
          return "DHCID";
        case 32769:
          return "DLV";
        case 39:
          return "DNAME";
        case 48:
          return "DNSKEY";
        case 43:
          return "DS";
        case 55:
          return "HIP";
        case 13:
          return "HINFO";
        case 45:
          return "IPSECKEY";
        case 25:
          return "KEY";
        case 36:
          return "KX";
        case 29:
          return "LOC";
        case 15:
          return "MX";
        case 35:
          return "NAPTR";
        case 2:
          return "NS";
        case 47:
          return "NSEC";
        case 50:
          return "NSEC3";
        case 51:
          return "NSEC3PARAM";
        case 12:
          return "PTR";
        case 46:
          return "RRSIG";
        case 17:
          return "RP";
        case 24:
          return "SIG";
        case 6:
          return "SOA";
        case 99:
          return "SPF";
        case 33:
          return "SRV";
        case 44:
          return "SSHFP";
        case 32768:
          return "TA";
        case 249:
          return "TKEY";
        case 52:
          return "TLSA";
        case 250:
          return "TSIG";
        case 16:
          return "TXT";
        case 252:
          return "AXFR";
        case 251:
          return "IXFR";
        case 41:
          return "OPT";
        case 255:
          return "ANY";
      }
      return "UNKNOWN_" + type;
    };
    exports.toType = function(name) {
      switch (name.toUpperCase()) {
        case "A":
          return 1;
        case "NULL":
          return 10;
        case "AAAA":
          return 28;
        case "AFSDB":
          return 18;
        case "APL":
          return 42;
        case "CAA":
          return 257;
        case "CDNSKEY":
          return 60;
        case "CDS":
          return 59;
        case "CERT":
          return 37;
        case "CNAME":
          return 5;
        case "DHCID":
          return 49;
        case "DLV":
          return 32769;
        case "DNAME":
          return 39;
        case "DNSKEY":
          return 48;
        case "DS":
          return 43;
        case "HIP":
          return 55;
        case "HINFO":
          return 13;
        case "IPSECKEY":
          return 45;
        case "KEY":
          return 25;
        case "KX":
          return 36;
        case "LOC":
          return 29;
        case "MX":
          return 15;
        case "NAPTR":
          return 35;
        case "NS":
          return 2;
        case "NSEC":
          return 47;
        case "NSEC3":
          return 50;
        case "NSEC3PARAM":
          return 51;
        case "PTR":
          return 12;
        case "RRSIG":
          return 46;
        case "RP":
          return 17;
        case "SIG":
          return 24;
        case "SOA":
          return 6;
        case "SPF":
          return 99;
        case "SRV":
          return 33;
        case "SSHFP":
          return 44;
        case "TA":
          return 32768;
        case "TKEY":
          return 249;
        case "TLSA":
          return 52;
        case "TSIG":
          return 250;
        case "TXT":
          return 16;
        case "AXFR":
          return 252;
        case "IXFR":
          return 251;
        case "OPT":
          return 41;
        case "ANY":
          return 255;
        case "*":
          return 255;
      }
      if (name.toUpperCase().startsWith("UNKNOWN_")) return parseInt(name.slice(8));
      return 0;
    };
  }
});

// node_modules/dns-packet/rcodes.js
var require_rcodes = __commonJS({
  "node_modules/dns-packet/rcodes.js"(exports) {
    "use strict";
    exports.toString = function(rcode) {
      switch (rcode) {
        case 0:
          return "NOERROR";
        case 1:
          return "FORMERR";
        case 2:
          return "SERVFAIL";
        case 3:
          return "NXDOMAIN";
        case 4:
          return "NOTIMP";
        case 5:
          return "REFUSED";
        case 6:
          return "YXDOMAIN";
        case 7:
          return "YXRRSET";
        case 8:
          return "NXRRSET";
        case 9:
          return "NOTAUTH";
        case 10:
          return "NOTZONE";
        case 11:
          return "RCODE_11";
        case 12:
          return "RCODE_12";
        case 13:
          return "RCODE_13";
        case 14:
          return "RCODE_14";
        case 15:
          return "RCODE_15";
      }
      return "RCODE_" + rcode;
    };
    exports.toRcode = function(code2) {
      switch (code2.toUpperCase()) {
        case "NOERROR":
          return 0;
        case "FORMERR":
          return 1;
        case "SERVFAIL":
          return 2;
        case "NXDOMAIN":
          return 3;
        case "NOTIMP":
          return 4;
        case "REFUSED":
          return 5;
        case "YXDOMAIN":
          return 6;
        case "YXRRSET":
          return 7;
        case "NXRRSET":
          return 8;
        case "NOTAUTH":
          return 9;
        case "NOTZONE":
          return 10;
        case "RCODE_11":
          return 11;
        case "RCODE_12":
          return 12;
        case "RCODE_13":
          return 13;
        case "RCODE_14":
          return 14;
        case "RCODE_15":
          return 15;
      }
      return 0;
    };
  }
});

// node_modules/dns-packet/opcodes.js
var require_opcodes = __commonJS({
  "node_modules/dns-packet/opcodes.js"(exports) {
    "use strict";
    exports.toString = function(opcode) {
      switch (opcode) {
        case 0:
          return "QUERY";
        case 1:
          return "IQUERY";
        case 2:
          return "STATUS";
        case 3:
          return "OPCODE_3";
        case 4:
          return "NOTIFY";
        case 5:
          return "UPDATE";
        case 6:
          return "OPCODE_6";
        case 7:
          return "OPCODE_7";
        case 8:
          return "OPCODE_8";
        case 9:
          return "OPCODE_9";
        case 10:
          return "OPCODE_10";
        case 11:
          return "OPCODE_11";
        case 12:
          return "OPCODE_12";
        case 13:
          return "OPCODE_13";
        case 14:
          return "OPCODE_14";
        case 15:
          return "OPCODE_15";
      }
      return "OPCODE_" + opcode;
    };
    exports.toOpcode = function(code2) {
      switch (code2.toUpperCase()) {
        case "QUERY":
          return 0;
        case "IQUERY":
          return 1;
        case "STATUS":
          return 2;
        case "OPCODE_3":
          return 3;
        case "NOTIFY":
          return 4;
        case "UPDATE":
          return 5;
        case "OPCODE_6":
          return 6;
        case "OPCODE_7":
          return 7;
        case "OPCODE_8":
          return 8;
        case "OPCODE_9":
          return 9;
        case "OPCODE_10":
          return 10;
        case "OPCODE_11":
          return 11;
        case "OPCODE_12":
          return 12;
        case "OPCODE_13":
          return 13;
        case "OPCODE_14":
          return 14;
        case "OPCODE_15":
          return 15;
      }
      return 0;
    };
  }
});

// node_modules/dns-packet/classes.js
var require_classes = __commonJS({
  "node_modules/dns-packet/classes.js"(exports) {
    "use strict";
    exports.toString = function(klass) {
      switch (klass) {
        case 1:
          return "IN";
        case 2:
          return "CS";
        case 3:
          return "CH";
        case 4:
          return "HS";
        case 255:
          return "ANY";
      }
      return "UNKNOWN_" + klass;
    };
    exports.toClass = function(name) {
      switch (name.toUpperCase()) {
        case "IN":
          return 1;
        case "CS":
          return 2;
        case "CH":
          return 3;
        case "HS":
          return 4;
        case "ANY":
          return 255;
      }
      return 0;
    };
  }
});

// node_modules/dns-packet/optioncodes.js
var require_optioncodes = __commonJS({
  "node_modules/dns-packet/optioncodes.js"(exports) {
    "use strict";
    exports.toString = function(type) {
      switch (type) {
        // list at
        // https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-11
        case 1:
          return "LLQ";
        case 2:
          return "UL";
        case 3:
          return "NSID";
        case 5:
          return "DAU";
        case 6:
          return "DHU";
        case 7:
          return "N3U";
        case 8:
          return "CLIENT_SUBNET";
        case 9:
          return "EXPIRE";
        case 10:
          return "COOKIE";
        case 11:
          return "TCP_KEEPALIVE";
        case 12:
          return "PADDING";
        case 13:
          return "CHAIN";
        case 14:
          return "KEY_TAG";
        case 26946:
          return "DEVICEID";
      }
      if (type < 0) {
        return null;
      }
      return `OPTION_${type}`;
    };
    exports.toCode = function(name) {
      if (typeof name === "number") {
        return name;
      }
      if (!name) {
        return -1;
      }
      switch (name.toUpperCase()) {
        case "OPTION_0":
          return 0;
        case "LLQ":
          return 1;
        case "UL":
          return 2;
        case "NSID":
          return 3;
        case "OPTION_4":
          return 4;
        case "DAU":
          return 5;
        case "DHU":
          return 6;
        case "N3U":
          return 7;
        case "CLIENT_SUBNET":
          return 8;
        case "EXPIRE":
          return 9;
        case "COOKIE":
          return 10;
        case "TCP_KEEPALIVE":
          return 11;
        case "PADDING":
          return 12;
        case "CHAIN":
          return 13;
        case "KEY_TAG":
          return 14;
        case "DEVICEID":
          return 26946;
        case "OPTION_65535":
          return 65535;
      }
      const m = name.match(/_(\d+)$/);
      if (m) {
        return parseInt(m[1], 10);
      }
      return -1;
    };
  }
});

// node_modules/@leichtgewicht/ip-codec/index.cjs
var require_ip_codec = __commonJS({
  "node_modules/@leichtgewicht/ip-codec/index.cjs"(exports, module) {
    var ipCodec = (function(exports2) {
      "use strict";
      Object.defineProperty(exports2, "__esModule", {
        value: true
      });
      exports2.decode = decode;
      exports2.encode = encode;
      exports2.familyOf = familyOf;
      exports2.name = void 0;
      exports2.sizeOf = sizeOf;
      exports2.v6 = exports2.v4 = void 0;
      const v4Regex = /^(\d{1,3}\.){3,3}\d{1,3}$/;
      const v4Size = 4;
      const v6Regex = /^(::)?(((\d{1,3}\.){3}(\d{1,3}){1})?([0-9a-f]){0,4}:{0,2}){1,8}(::)?$/i;
      const v6Size = 16;
      const v4 = {
        name: "v4",
        size: v4Size,
        isFormat: (ip) => v4Regex.test(ip),
        encode(ip, buff, offset) {
          offset = ~~offset;
          buff = buff || new Uint8Array(offset + v4Size);
          const max = ip.length;
          let n = 0;
          for (let i = 0; i < max; ) {
            const c = ip.charCodeAt(i++);
            if (c === 46) {
              buff[offset++] = n;
              n = 0;
            } else {
              n = n * 10 + (c - 48);
            }
          }
          buff[offset] = n;
          return buff;
        },
        decode(buff, offset) {
          offset = ~~offset;
          return `${buff[offset++]}.${buff[offset++]}.${buff[offset++]}.${buff[offset]}`;
        }
      };
      exports2.v4 = v4;
      const v6 = {
        name: "v6",
        size: v6Size,
        isFormat: (ip) => ip.length > 0 && v6Regex.test(ip),
        encode(ip, buff, offset) {
          offset = ~~offset;
          let end = offset + v6Size;
          let fill = -1;
          let hexN = 0;
          let decN = 0;
          let prevColon = true;
          let useDec = false;
          buff = buff || new Uint8Array(offset + v6Size);
          for (let i = 0; i < ip.length; i++) {
            let c = ip.charCodeAt(i);
            if (c === 58) {
              if (prevColon) {
                if (fill !== -1) {
                  if (offset < end) buff[offset] = 0;
                  if (offset < end - 1) buff[offset + 1] = 0;
                  offset += 2;
                } else if (offset < end) {
                  fill = offset;
                }
              } else {
                if (useDec === true) {
                  if (offset < end) buff[offset] = decN;
                  offset++;
                } else {
                  if (offset < end) buff[offset] = hexN >> 8;
                  if (offset < end - 1) buff[offset + 1] = hexN & 255;
                  offset += 2;
                }
                hexN = 0;
                decN = 0;
              }
              prevColon = true;
              useDec = false;
            } else if (c === 46) {
              if (offset < end) buff[offset] = decN;
              offset++;
              decN = 0;
              hexN = 0;
              prevColon = false;
              useDec = true;
            } else {
              prevColon = false;
              if (c >= 97) {
                c -= 87;
              } else if (c >= 65) {
                c -= 55;
              } else {
                c -= 48;
                decN = decN * 10 + c;
              }
              hexN = (hexN << 4) + c;
            }
          }
          if (prevColon === false) {
            if (useDec === true) {
              if (offset < end) buff[offset] = decN;
              offset++;
            } else {
              if (offset < end) buff[offset] = hexN >> 8;
              if (offset < end - 1) buff[offset + 1] = hexN & 255;
              offset += 2;
            }
          } else if (fill === 0) {
            if (offset < end) buff[offset] = 0;
            if (offset < end - 1) buff[offset + 1] = 0;
            offset += 2;
          } else if (fill !== -1) {
            offset += 2;
            for (let i = Math.min(offset - 1, end - 1); i >= fill + 2; i--) {
              buff[i] = buff[i - 2];
            }
            buff[fill] = 0;
            buff[fill + 1] = 0;
            fill = offset;
          }
          if (fill !== offset && fill !== -1) {
            if (offset > end - 2) {
              offset = end - 2;
            }
            while (end > fill) {
              buff[--end] = offset < end && offset > fill ? buff[--offset] : 0;
            }
          } else {
            while (offset < end) {
              buff[offset++] = 0;
            }
          }
          return buff;
        },
        decode(buff, offset) {
          offset = ~~offset;
          let result = "";
          for (let i = 0; i < v6Size; i += 2) {
            if (i !== 0) {
              result += ":";
            }
            result += (buff[offset + i] << 8 | buff[offset + i + 1]).toString(16);
          }
          return result.replace(/(^|:)0(:0)*:0(:|$)/, "$1::$3").replace(/:{3,4}/, "::");
        }
      };
      exports2.v6 = v6;
      const name = "ip";
      exports2.name = name;
      function sizeOf(ip) {
        if (v4.isFormat(ip)) return v4.size;
        if (v6.isFormat(ip)) return v6.size;
        throw Error(`Invalid ip address: ${ip}`);
      }
      function familyOf(string) {
        return sizeOf(string) === v4.size ? 1 : 2;
      }
      function encode(ip, buff, offset) {
        offset = ~~offset;
        const size = sizeOf(ip);
        if (typeof buff === "function") {
          buff = buff(offset + size);
        }
        if (size === v4.size) {
          return v4.encode(ip, buff, offset);
        }
        return v6.encode(ip, buff, offset);
      }
      function decode(buff, offset, length) {
        offset = ~~offset;
        length = length || buff.length - offset;
        if (length === v4.size) {
          return v4.decode(buff, offset, length);
        }
        if (length === v6.size) {
          return v6.decode(buff, offset, length);
        }
        throw Error(`Invalid buffer size needs to be ${v4.size} for v4 or ${v6.size} for v6.`);
      }
      return "default" in exports2 ? exports2.default : exports2;
    })({});
    if (typeof define === "function" && define.amd) define([], function() {
      return ipCodec;
    });
    else if (typeof module === "object" && typeof exports === "object") module.exports = ipCodec;
  }
});

// node_modules/dns-packet/index.js
var require_dns_packet = __commonJS({
  "node_modules/dns-packet/index.js"(exports) {
    "use strict";
    var Buffer2 = __require("buffer").Buffer;
    var types = require_types();
    var rcodes = require_rcodes();
    var opcodes = require_opcodes();
    var classes = require_classes();
    var optioncodes = require_optioncodes();
    var ip = require_ip_codec();
    var QUERY_FLAG = 0;
    var RESPONSE_FLAG = 1 << 15;
    var FLUSH_MASK = 1 << 15;
    var NOT_FLUSH_MASK = ~FLUSH_MASK;
    var QU_MASK = 1 << 15;
    var NOT_QU_MASK = ~QU_MASK;
    var name = exports.name = {};
    name.encode = function(str, buf, offset, { mail = false } = {}) {
      if (!buf) buf = Buffer2.alloc(name.encodingLength(str));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const n = str.replace(/^\.|\.$/gm, "");
      if (n.length) {
        let list = [];
        if (mail) {
          let localPart = "";
          n.split(".").forEach((label) => {
            if (label.endsWith("\\")) {
              localPart += (localPart.length ? "." : "") + label.slice(0, -1);
            } else {
              if (list.length === 0 && localPart.length) {
                list.push(localPart + "." + label);
              } else {
                list.push(label);
              }
            }
          });
        } else {
          list = n.split(".");
        }
        for (let i = 0; i < list.length; i++) {
          const len = buf.write(list[i], offset + 1);
          buf[offset] = len;
          offset += len + 1;
        }
      }
      buf[offset++] = 0;
      name.encode.bytes = offset - oldOffset;
      return buf;
    };
    name.encode.bytes = 0;
    name.decode = function(buf, offset, { mail = false } = {}) {
      if (!offset) offset = 0;
      const list = [];
      let oldOffset = offset;
      let totalLength = 0;
      let consumedBytes = 0;
      let jumped = false;
      while (true) {
        if (offset >= buf.length) {
          throw new Error("Cannot decode name (buffer overflow)");
        }
        const len = buf[offset++];
        consumedBytes += jumped ? 0 : 1;
        if (len === 0) {
          break;
        } else if ((len & 192) === 0) {
          if (offset + len > buf.length) {
            throw new Error("Cannot decode name (buffer overflow)");
          }
          totalLength += len + 1;
          if (totalLength > 254) {
            throw new Error("Cannot decode name (name too long)");
          }
          let label = buf.toString("utf-8", offset, offset + len);
          if (mail) {
            label = label.replace(/\./g, "\\.");
          }
          list.push(label);
          offset += len;
          consumedBytes += jumped ? 0 : len;
        } else if ((len & 192) === 192) {
          if (offset + 1 > buf.length) {
            throw new Error("Cannot decode name (buffer overflow)");
          }
          const jumpOffset = buf.readUInt16BE(offset - 1) - 49152;
          if (jumpOffset >= oldOffset) {
            throw new Error("Cannot decode name (bad pointer)");
          }
          offset = jumpOffset;
          oldOffset = jumpOffset;
          consumedBytes += jumped ? 0 : 1;
          jumped = true;
        } else {
          throw new Error("Cannot decode name (bad label)");
        }
      }
      name.decode.bytes = consumedBytes;
      return list.length === 0 ? "." : list.join(".");
    };
    name.decode.bytes = 0;
    name.encodingLength = function(n) {
      if (n === "." || n === "..") return 1;
      return Buffer2.byteLength(n.replace(/^\.|\.$/gm, "")) + 2;
    };
    var string = {};
    string.encode = function(s, buf, offset) {
      if (!buf) buf = Buffer2.alloc(string.encodingLength(s));
      if (!offset) offset = 0;
      const len = buf.write(s, offset + 1);
      buf[offset] = len;
      string.encode.bytes = len + 1;
      return buf;
    };
    string.encode.bytes = 0;
    string.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf[offset];
      const s = buf.toString("utf-8", offset + 1, offset + 1 + len);
      string.decode.bytes = len + 1;
      return s;
    };
    string.decode.bytes = 0;
    string.encodingLength = function(s) {
      return Buffer2.byteLength(s) + 1;
    };
    var header2 = {};
    header2.encode = function(h, buf, offset) {
      if (!buf) buf = header2.encodingLength(h);
      if (!offset) offset = 0;
      const flags = (h.flags || 0) & 32767;
      const type = h.type === "response" ? RESPONSE_FLAG : QUERY_FLAG;
      buf.writeUInt16BE(h.id || 0, offset);
      buf.writeUInt16BE(flags | type, offset + 2);
      buf.writeUInt16BE(h.questions.length, offset + 4);
      buf.writeUInt16BE(h.answers.length, offset + 6);
      buf.writeUInt16BE(h.authorities.length, offset + 8);
      buf.writeUInt16BE(h.additionals.length, offset + 10);
      return buf;
    };
    header2.encode.bytes = 12;
    header2.decode = function(buf, offset) {
      if (!offset) offset = 0;
      if (buf.length < 12) throw new Error("Header must be 12 bytes");
      const flags = buf.readUInt16BE(offset + 2);
      return {
        id: buf.readUInt16BE(offset),
        type: flags & RESPONSE_FLAG ? "response" : "query",
        flags: flags & 32767,
        flag_qr: (flags >> 15 & 1) === 1,
        opcode: opcodes.toString(flags >> 11 & 15),
        flag_aa: (flags >> 10 & 1) === 1,
        flag_tc: (flags >> 9 & 1) === 1,
        flag_rd: (flags >> 8 & 1) === 1,
        flag_ra: (flags >> 7 & 1) === 1,
        flag_z: (flags >> 6 & 1) === 1,
        flag_ad: (flags >> 5 & 1) === 1,
        flag_cd: (flags >> 4 & 1) === 1,
        rcode: rcodes.toString(flags & 15),
        questions: new Array(buf.readUInt16BE(offset + 4)),
        answers: new Array(buf.readUInt16BE(offset + 6)),
        authorities: new Array(buf.readUInt16BE(offset + 8)),
        additionals: new Array(buf.readUInt16BE(offset + 10))
      };
    };
    header2.decode.bytes = 12;
    header2.encodingLength = function() {
      return 12;
    };
    var runknown = exports.unknown = {};
    runknown.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(runknown.encodingLength(data));
      if (!offset) offset = 0;
      buf.writeUInt16BE(data.length, offset);
      data.copy(buf, offset + 2);
      runknown.encode.bytes = data.length + 2;
      return buf;
    };
    runknown.encode.bytes = 0;
    runknown.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf.readUInt16BE(offset);
      const data = buf.slice(offset + 2, offset + 2 + len);
      runknown.decode.bytes = len + 2;
      return data;
    };
    runknown.decode.bytes = 0;
    runknown.encodingLength = function(data) {
      return data.length + 2;
    };
    var rns = exports.ns = {};
    rns.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rns.encodingLength(data));
      if (!offset) offset = 0;
      name.encode(data, buf, offset + 2);
      buf.writeUInt16BE(name.encode.bytes, offset);
      rns.encode.bytes = name.encode.bytes + 2;
      return buf;
    };
    rns.encode.bytes = 0;
    rns.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf.readUInt16BE(offset);
      const dd = name.decode(buf, offset + 2);
      rns.decode.bytes = len + 2;
      return dd;
    };
    rns.decode.bytes = 0;
    rns.encodingLength = function(data) {
      return name.encodingLength(data) + 2;
    };
    var rsoa = exports.soa = {};
    rsoa.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rsoa.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      name.encode(data.mname, buf, offset);
      offset += name.encode.bytes;
      name.encode(data.rname, buf, offset, { mail: true });
      offset += name.encode.bytes;
      buf.writeUInt32BE(data.serial || 0, offset);
      offset += 4;
      buf.writeUInt32BE(data.refresh || 0, offset);
      offset += 4;
      buf.writeUInt32BE(data.retry || 0, offset);
      offset += 4;
      buf.writeUInt32BE(data.expire || 0, offset);
      offset += 4;
      buf.writeUInt32BE(data.minimum || 0, offset);
      offset += 4;
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rsoa.encode.bytes = offset - oldOffset;
      return buf;
    };
    rsoa.encode.bytes = 0;
    rsoa.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.mname = name.decode(buf, offset);
      offset += name.decode.bytes;
      data.rname = name.decode(buf, offset, { mail: true });
      offset += name.decode.bytes;
      data.serial = buf.readUInt32BE(offset);
      offset += 4;
      data.refresh = buf.readUInt32BE(offset);
      offset += 4;
      data.retry = buf.readUInt32BE(offset);
      offset += 4;
      data.expire = buf.readUInt32BE(offset);
      offset += 4;
      data.minimum = buf.readUInt32BE(offset);
      offset += 4;
      rsoa.decode.bytes = offset - oldOffset;
      return data;
    };
    rsoa.decode.bytes = 0;
    rsoa.encodingLength = function(data) {
      return 22 + name.encodingLength(data.mname) + name.encodingLength(data.rname);
    };
    var rtxt = exports.txt = {};
    rtxt.encode = function(data, buf, offset) {
      if (!Array.isArray(data)) data = [data];
      for (let i = 0; i < data.length; i++) {
        if (typeof data[i] === "string") {
          data[i] = Buffer2.from(data[i]);
        }
        if (!Buffer2.isBuffer(data[i])) {
          throw new Error("Must be a Buffer");
        }
      }
      if (!buf) buf = Buffer2.alloc(rtxt.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      data.forEach(function(d) {
        buf[offset++] = d.length;
        d.copy(buf, offset, 0, d.length);
        offset += d.length;
      });
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rtxt.encode.bytes = offset - oldOffset;
      return buf;
    };
    rtxt.encode.bytes = 0;
    rtxt.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      let remaining = buf.readUInt16BE(offset);
      offset += 2;
      let data = [];
      while (remaining > 0) {
        const len = buf[offset++];
        --remaining;
        if (remaining < len) {
          throw new Error("Buffer overflow");
        }
        data.push(buf.slice(offset, offset + len));
        offset += len;
        remaining -= len;
      }
      rtxt.decode.bytes = offset - oldOffset;
      return data;
    };
    rtxt.decode.bytes = 0;
    rtxt.encodingLength = function(data) {
      if (!Array.isArray(data)) data = [data];
      let length = 2;
      data.forEach(function(buf) {
        if (typeof buf === "string") {
          length += Buffer2.byteLength(buf) + 1;
        } else {
          length += buf.length + 1;
        }
      });
      return length;
    };
    var rnull = exports.null = {};
    rnull.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rnull.encodingLength(data));
      if (!offset) offset = 0;
      if (typeof data === "string") data = Buffer2.from(data);
      if (!data) data = Buffer2.alloc(0);
      const oldOffset = offset;
      offset += 2;
      const len = data.length;
      data.copy(buf, offset, 0, len);
      offset += len;
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rnull.encode.bytes = offset - oldOffset;
      return buf;
    };
    rnull.encode.bytes = 0;
    rnull.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const len = buf.readUInt16BE(offset);
      offset += 2;
      const data = buf.slice(offset, offset + len);
      offset += len;
      rnull.decode.bytes = offset - oldOffset;
      return data;
    };
    rnull.decode.bytes = 0;
    rnull.encodingLength = function(data) {
      if (!data) return 2;
      return (Buffer2.isBuffer(data) ? data.length : Buffer2.byteLength(data)) + 2;
    };
    var rhinfo = exports.hinfo = {};
    rhinfo.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rhinfo.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      string.encode(data.cpu, buf, offset);
      offset += string.encode.bytes;
      string.encode(data.os, buf, offset);
      offset += string.encode.bytes;
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rhinfo.encode.bytes = offset - oldOffset;
      return buf;
    };
    rhinfo.encode.bytes = 0;
    rhinfo.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.cpu = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.os = string.decode(buf, offset);
      offset += string.decode.bytes;
      rhinfo.decode.bytes = offset - oldOffset;
      return data;
    };
    rhinfo.decode.bytes = 0;
    rhinfo.encodingLength = function(data) {
      return string.encodingLength(data.cpu) + string.encodingLength(data.os) + 2;
    };
    var rptr = exports.ptr = {};
    var rcname = exports.cname = rptr;
    var rdname = exports.dname = rptr;
    rptr.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rptr.encodingLength(data));
      if (!offset) offset = 0;
      name.encode(data, buf, offset + 2);
      buf.writeUInt16BE(name.encode.bytes, offset);
      rptr.encode.bytes = name.encode.bytes + 2;
      return buf;
    };
    rptr.encode.bytes = 0;
    rptr.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const data = name.decode(buf, offset + 2);
      rptr.decode.bytes = name.decode.bytes + 2;
      return data;
    };
    rptr.decode.bytes = 0;
    rptr.encodingLength = function(data) {
      return name.encodingLength(data) + 2;
    };
    var rsrv = exports.srv = {};
    rsrv.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rsrv.encodingLength(data));
      if (!offset) offset = 0;
      buf.writeUInt16BE(data.priority || 0, offset + 2);
      buf.writeUInt16BE(data.weight || 0, offset + 4);
      buf.writeUInt16BE(data.port || 0, offset + 6);
      name.encode(data.target, buf, offset + 8);
      const len = name.encode.bytes + 6;
      buf.writeUInt16BE(len, offset);
      rsrv.encode.bytes = len + 2;
      return buf;
    };
    rsrv.encode.bytes = 0;
    rsrv.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf.readUInt16BE(offset);
      const data = {};
      data.priority = buf.readUInt16BE(offset + 2);
      data.weight = buf.readUInt16BE(offset + 4);
      data.port = buf.readUInt16BE(offset + 6);
      data.target = name.decode(buf, offset + 8);
      rsrv.decode.bytes = len + 2;
      return data;
    };
    rsrv.decode.bytes = 0;
    rsrv.encodingLength = function(data) {
      return 8 + name.encodingLength(data.target);
    };
    var rcaa = exports.caa = {};
    rcaa.ISSUER_CRITICAL = 1 << 7;
    rcaa.encode = function(data, buf, offset) {
      const len = rcaa.encodingLength(data);
      if (!buf) buf = Buffer2.alloc(rcaa.encodingLength(data));
      if (!offset) offset = 0;
      if (data.issuerCritical) {
        data.flags = rcaa.ISSUER_CRITICAL;
      }
      buf.writeUInt16BE(len - 2, offset);
      offset += 2;
      buf.writeUInt8(data.flags || 0, offset);
      offset += 1;
      string.encode(data.tag, buf, offset);
      offset += string.encode.bytes;
      buf.write(data.value, offset);
      offset += Buffer2.byteLength(data.value);
      rcaa.encode.bytes = len;
      return buf;
    };
    rcaa.encode.bytes = 0;
    rcaa.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf.readUInt16BE(offset);
      offset += 2;
      const oldOffset = offset;
      const data = {};
      data.flags = buf.readUInt8(offset);
      offset += 1;
      data.tag = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.value = buf.toString("utf-8", offset, oldOffset + len);
      data.issuerCritical = !!(data.flags & rcaa.ISSUER_CRITICAL);
      rcaa.decode.bytes = len + 2;
      return data;
    };
    rcaa.decode.bytes = 0;
    rcaa.encodingLength = function(data) {
      return string.encodingLength(data.tag) + string.encodingLength(data.value) + 2;
    };
    var rmx = exports.mx = {};
    rmx.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rmx.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      buf.writeUInt16BE(data.preference || 0, offset);
      offset += 2;
      name.encode(data.exchange, buf, offset);
      offset += name.encode.bytes;
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rmx.encode.bytes = offset - oldOffset;
      return buf;
    };
    rmx.encode.bytes = 0;
    rmx.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.preference = buf.readUInt16BE(offset);
      offset += 2;
      data.exchange = name.decode(buf, offset);
      offset += name.decode.bytes;
      rmx.decode.bytes = offset - oldOffset;
      return data;
    };
    rmx.encodingLength = function(data) {
      return 4 + name.encodingLength(data.exchange);
    };
    var ra = exports.a = {};
    ra.encode = function(host, buf, offset) {
      if (!buf) buf = Buffer2.alloc(ra.encodingLength(host));
      if (!offset) offset = 0;
      buf.writeUInt16BE(4, offset);
      offset += 2;
      ip.v4.encode(host, buf, offset);
      ra.encode.bytes = 6;
      return buf;
    };
    ra.encode.bytes = 0;
    ra.decode = function(buf, offset) {
      if (!offset) offset = 0;
      offset += 2;
      const host = ip.v4.decode(buf, offset);
      ra.decode.bytes = 6;
      return host;
    };
    ra.decode.bytes = 0;
    ra.encodingLength = function() {
      return 6;
    };
    var raaaa = exports.aaaa = {};
    raaaa.encode = function(host, buf, offset) {
      if (!buf) buf = Buffer2.alloc(raaaa.encodingLength(host));
      if (!offset) offset = 0;
      buf.writeUInt16BE(16, offset);
      offset += 2;
      ip.v6.encode(host, buf, offset);
      raaaa.encode.bytes = 18;
      return buf;
    };
    raaaa.encode.bytes = 0;
    raaaa.decode = function(buf, offset) {
      if (!offset) offset = 0;
      offset += 2;
      const host = ip.v6.decode(buf, offset);
      raaaa.decode.bytes = 18;
      return host;
    };
    raaaa.decode.bytes = 0;
    raaaa.encodingLength = function() {
      return 18;
    };
    var roption = exports.option = {};
    roption.encode = function(option, buf, offset) {
      if (!buf) buf = Buffer2.alloc(roption.encodingLength(option));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const code2 = optioncodes.toCode(option.code);
      buf.writeUInt16BE(code2, offset);
      offset += 2;
      if (option.data) {
        buf.writeUInt16BE(option.data.length, offset);
        offset += 2;
        option.data.copy(buf, offset);
        offset += option.data.length;
      } else {
        switch (code2) {
          // case 3: NSID.  No encode makes sense.
          // case 5,6,7: Not implementable
          case 8:
            const spl = option.sourcePrefixLength || 0;
            const fam = option.family || ip.familyOf(option.ip);
            const ipBuf = ip.encode(option.ip, Buffer2.alloc);
            const ipLen = Math.ceil(spl / 8);
            buf.writeUInt16BE(ipLen + 4, offset);
            offset += 2;
            buf.writeUInt16BE(fam, offset);
            offset += 2;
            buf.writeUInt8(spl, offset++);
            buf.writeUInt8(option.scopePrefixLength || 0, offset++);
            ipBuf.copy(buf, offset, 0, ipLen);
            offset += ipLen;
            break;
          // case 9: EXPIRE (experimental)
          // case 10: COOKIE.  No encode makes sense.
          case 11:
            if (option.timeout) {
              buf.writeUInt16BE(2, offset);
              offset += 2;
              buf.writeUInt16BE(option.timeout, offset);
              offset += 2;
            } else {
              buf.writeUInt16BE(0, offset);
              offset += 2;
            }
            break;
          case 12:
            const len = option.length || 0;
            buf.writeUInt16BE(len, offset);
            offset += 2;
            buf.fill(0, offset, offset + len);
            offset += len;
            break;
          // case 13:  CHAIN.  Experimental.
          case 14:
            const tagsLen = option.tags.length * 2;
            buf.writeUInt16BE(tagsLen, offset);
            offset += 2;
            for (const tag of option.tags) {
              buf.writeUInt16BE(tag, offset);
              offset += 2;
            }
            break;
          default:
            throw new Error(`Unknown roption code: ${option.code}`);
        }
      }
      roption.encode.bytes = offset - oldOffset;
      return buf;
    };
    roption.encode.bytes = 0;
    roption.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const option = {};
      option.code = buf.readUInt16BE(offset);
      option.type = optioncodes.toString(option.code);
      offset += 2;
      const len = buf.readUInt16BE(offset);
      offset += 2;
      option.data = buf.slice(offset, offset + len);
      switch (option.code) {
        // case 3: NSID.  No decode makes sense.
        case 8:
          option.family = buf.readUInt16BE(offset);
          offset += 2;
          option.sourcePrefixLength = buf.readUInt8(offset++);
          option.scopePrefixLength = buf.readUInt8(offset++);
          const padded = Buffer2.alloc(option.family === 1 ? 4 : 16);
          buf.copy(padded, 0, offset, offset + len - 4);
          option.ip = ip.decode(padded);
          break;
        // case 12: Padding.  No decode makes sense.
        case 11:
          if (len > 0) {
            option.timeout = buf.readUInt16BE(offset);
            offset += 2;
          }
          break;
        case 14:
          option.tags = [];
          for (let i = 0; i < len; i += 2) {
            option.tags.push(buf.readUInt16BE(offset));
            offset += 2;
          }
      }
      roption.decode.bytes = len + 4;
      return option;
    };
    roption.decode.bytes = 0;
    roption.encodingLength = function(option) {
      if (option.data) {
        return option.data.length + 4;
      }
      const code2 = optioncodes.toCode(option.code);
      switch (code2) {
        case 8:
          const spl = option.sourcePrefixLength || 0;
          return Math.ceil(spl / 8) + 8;
        case 11:
          return typeof option.timeout === "number" ? 6 : 4;
        case 12:
          return option.length + 4;
        case 14:
          return 4 + option.tags.length * 2;
      }
      throw new Error(`Unknown roption code: ${option.code}`);
    };
    var ropt = exports.opt = {};
    ropt.encode = function(options, buf, offset) {
      if (!buf) buf = Buffer2.alloc(ropt.encodingLength(options));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const rdlen = encodingLengthList(options, roption);
      buf.writeUInt16BE(rdlen, offset);
      offset = encodeList(options, roption, buf, offset + 2);
      ropt.encode.bytes = offset - oldOffset;
      return buf;
    };
    ropt.encode.bytes = 0;
    ropt.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const options = [];
      let rdlen = buf.readUInt16BE(offset);
      offset += 2;
      let o = 0;
      while (rdlen > 0) {
        options[o++] = roption.decode(buf, offset);
        offset += roption.decode.bytes;
        rdlen -= roption.decode.bytes;
      }
      ropt.decode.bytes = offset - oldOffset;
      return options;
    };
    ropt.decode.bytes = 0;
    ropt.encodingLength = function(options) {
      return 2 + encodingLengthList(options || [], roption);
    };
    var rdnskey = exports.dnskey = {};
    rdnskey.PROTOCOL_DNSSEC = 3;
    rdnskey.ZONE_KEY = 128;
    rdnskey.SECURE_ENTRYPOINT = 32768;
    rdnskey.encode = function(key, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rdnskey.encodingLength(key));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const keydata = key.key;
      if (!Buffer2.isBuffer(keydata)) {
        throw new Error("Key must be a Buffer");
      }
      offset += 2;
      buf.writeUInt16BE(key.flags, offset);
      offset += 2;
      buf.writeUInt8(rdnskey.PROTOCOL_DNSSEC, offset);
      offset += 1;
      buf.writeUInt8(key.algorithm, offset);
      offset += 1;
      keydata.copy(buf, offset, 0, keydata.length);
      offset += keydata.length;
      rdnskey.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rdnskey.encode.bytes - 2, oldOffset);
      return buf;
    };
    rdnskey.encode.bytes = 0;
    rdnskey.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var key = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      key.flags = buf.readUInt16BE(offset);
      offset += 2;
      if (buf.readUInt8(offset) !== rdnskey.PROTOCOL_DNSSEC) {
        throw new Error("Protocol must be 3");
      }
      offset += 1;
      key.algorithm = buf.readUInt8(offset);
      offset += 1;
      key.key = buf.slice(offset, oldOffset + length + 2);
      offset += key.key.length;
      rdnskey.decode.bytes = offset - oldOffset;
      return key;
    };
    rdnskey.decode.bytes = 0;
    rdnskey.encodingLength = function(key) {
      return 6 + Buffer2.byteLength(key.key);
    };
    var rrrsig = exports.rrsig = {};
    rrrsig.encode = function(sig, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rrrsig.encodingLength(sig));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const signature = sig.signature;
      if (!Buffer2.isBuffer(signature)) {
        throw new Error("Signature must be a Buffer");
      }
      offset += 2;
      buf.writeUInt16BE(types.toType(sig.typeCovered), offset);
      offset += 2;
      buf.writeUInt8(sig.algorithm, offset);
      offset += 1;
      buf.writeUInt8(sig.labels, offset);
      offset += 1;
      buf.writeUInt32BE(sig.originalTTL, offset);
      offset += 4;
      buf.writeUInt32BE(sig.expiration, offset);
      offset += 4;
      buf.writeUInt32BE(sig.inception, offset);
      offset += 4;
      buf.writeUInt16BE(sig.keyTag, offset);
      offset += 2;
      name.encode(sig.signersName, buf, offset);
      offset += name.encode.bytes;
      signature.copy(buf, offset, 0, signature.length);
      offset += signature.length;
      rrrsig.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rrrsig.encode.bytes - 2, oldOffset);
      return buf;
    };
    rrrsig.encode.bytes = 0;
    rrrsig.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var sig = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      sig.typeCovered = types.toString(buf.readUInt16BE(offset));
      offset += 2;
      sig.algorithm = buf.readUInt8(offset);
      offset += 1;
      sig.labels = buf.readUInt8(offset);
      offset += 1;
      sig.originalTTL = buf.readUInt32BE(offset);
      offset += 4;
      sig.expiration = buf.readUInt32BE(offset);
      offset += 4;
      sig.inception = buf.readUInt32BE(offset);
      offset += 4;
      sig.keyTag = buf.readUInt16BE(offset);
      offset += 2;
      sig.signersName = name.decode(buf, offset);
      offset += name.decode.bytes;
      sig.signature = buf.slice(offset, oldOffset + length + 2);
      offset += sig.signature.length;
      rrrsig.decode.bytes = offset - oldOffset;
      return sig;
    };
    rrrsig.decode.bytes = 0;
    rrrsig.encodingLength = function(sig) {
      return 20 + name.encodingLength(sig.signersName) + Buffer2.byteLength(sig.signature);
    };
    var rrp = exports.rp = {};
    rrp.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rrp.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      name.encode(data.mbox || ".", buf, offset, { mail: true });
      offset += name.encode.bytes;
      name.encode(data.txt || ".", buf, offset);
      offset += name.encode.bytes;
      rrp.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rrp.encode.bytes - 2, oldOffset);
      return buf;
    };
    rrp.encode.bytes = 0;
    rrp.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.mbox = name.decode(buf, offset, { mail: true }) || ".";
      offset += name.decode.bytes;
      data.txt = name.decode(buf, offset) || ".";
      offset += name.decode.bytes;
      rrp.decode.bytes = offset - oldOffset;
      return data;
    };
    rrp.decode.bytes = 0;
    rrp.encodingLength = function(data) {
      return 2 + name.encodingLength(data.mbox || ".") + name.encodingLength(data.txt || ".");
    };
    var typebitmap = {};
    typebitmap.encode = function(typelist, buf, offset) {
      if (!buf) buf = Buffer2.alloc(typebitmap.encodingLength(typelist));
      if (!offset) offset = 0;
      const oldOffset = offset;
      var typesByWindow = [];
      for (var i = 0; i < typelist.length; i++) {
        var typeid = types.toType(typelist[i]);
        if (typesByWindow[typeid >> 8] === void 0) {
          typesByWindow[typeid >> 8] = [];
        }
        typesByWindow[typeid >> 8][typeid >> 3 & 31] |= 1 << 7 - (typeid & 7);
      }
      for (i = 0; i < typesByWindow.length; i++) {
        if (typesByWindow[i] !== void 0) {
          var windowBuf = Buffer2.from(typesByWindow[i]);
          buf.writeUInt8(i, offset);
          offset += 1;
          buf.writeUInt8(windowBuf.length, offset);
          offset += 1;
          windowBuf.copy(buf, offset);
          offset += windowBuf.length;
        }
      }
      typebitmap.encode.bytes = offset - oldOffset;
      return buf;
    };
    typebitmap.encode.bytes = 0;
    typebitmap.decode = function(buf, offset, length) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var typelist = [];
      while (offset - oldOffset < length) {
        var window = buf.readUInt8(offset);
        offset += 1;
        var windowLength = buf.readUInt8(offset);
        offset += 1;
        for (var i = 0; i < windowLength; i++) {
          var b = buf.readUInt8(offset + i);
          for (var j = 0; j < 8; j++) {
            if (b & 1 << 7 - j) {
              var typeid = types.toString(window << 8 | i << 3 | j);
              typelist.push(typeid);
            }
          }
        }
        offset += windowLength;
      }
      typebitmap.decode.bytes = offset - oldOffset;
      return typelist;
    };
    typebitmap.decode.bytes = 0;
    typebitmap.encodingLength = function(typelist) {
      var extents = [];
      for (var i = 0; i < typelist.length; i++) {
        var typeid = types.toType(typelist[i]);
        extents[typeid >> 8] = Math.max(extents[typeid >> 8] || 0, typeid & 255);
      }
      var len = 0;
      for (i = 0; i < extents.length; i++) {
        if (extents[i] !== void 0) {
          len += 2 + Math.ceil((extents[i] + 1) / 8);
        }
      }
      return len;
    };
    var rnsec = exports.nsec = {};
    rnsec.encode = function(record, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rnsec.encodingLength(record));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      name.encode(record.nextDomain, buf, offset);
      offset += name.encode.bytes;
      typebitmap.encode(record.rrtypes, buf, offset);
      offset += typebitmap.encode.bytes;
      rnsec.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rnsec.encode.bytes - 2, oldOffset);
      return buf;
    };
    rnsec.encode.bytes = 0;
    rnsec.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var record = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      record.nextDomain = name.decode(buf, offset);
      offset += name.decode.bytes;
      record.rrtypes = typebitmap.decode(buf, offset, length - (offset - oldOffset));
      offset += typebitmap.decode.bytes;
      rnsec.decode.bytes = offset - oldOffset;
      return record;
    };
    rnsec.decode.bytes = 0;
    rnsec.encodingLength = function(record) {
      return 2 + name.encodingLength(record.nextDomain) + typebitmap.encodingLength(record.rrtypes);
    };
    var rnsec3 = exports.nsec3 = {};
    rnsec3.encode = function(record, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rnsec3.encodingLength(record));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const salt = record.salt;
      if (!Buffer2.isBuffer(salt)) {
        throw new Error("salt must be a Buffer");
      }
      const nextDomain = record.nextDomain;
      if (!Buffer2.isBuffer(nextDomain)) {
        throw new Error("nextDomain must be a Buffer");
      }
      offset += 2;
      buf.writeUInt8(record.algorithm, offset);
      offset += 1;
      buf.writeUInt8(record.flags, offset);
      offset += 1;
      buf.writeUInt16BE(record.iterations, offset);
      offset += 2;
      buf.writeUInt8(salt.length, offset);
      offset += 1;
      salt.copy(buf, offset, 0, salt.length);
      offset += salt.length;
      buf.writeUInt8(nextDomain.length, offset);
      offset += 1;
      nextDomain.copy(buf, offset, 0, nextDomain.length);
      offset += nextDomain.length;
      typebitmap.encode(record.rrtypes, buf, offset);
      offset += typebitmap.encode.bytes;
      rnsec3.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rnsec3.encode.bytes - 2, oldOffset);
      return buf;
    };
    rnsec3.encode.bytes = 0;
    rnsec3.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var record = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      record.algorithm = buf.readUInt8(offset);
      offset += 1;
      record.flags = buf.readUInt8(offset);
      offset += 1;
      record.iterations = buf.readUInt16BE(offset);
      offset += 2;
      const saltLength = buf.readUInt8(offset);
      offset += 1;
      record.salt = buf.slice(offset, offset + saltLength);
      offset += saltLength;
      const hashLength = buf.readUInt8(offset);
      offset += 1;
      record.nextDomain = buf.slice(offset, offset + hashLength);
      offset += hashLength;
      record.rrtypes = typebitmap.decode(buf, offset, length - (offset - oldOffset));
      offset += typebitmap.decode.bytes;
      rnsec3.decode.bytes = offset - oldOffset;
      return record;
    };
    rnsec3.decode.bytes = 0;
    rnsec3.encodingLength = function(record) {
      return 8 + record.salt.length + record.nextDomain.length + typebitmap.encodingLength(record.rrtypes);
    };
    var rds = exports.ds = {};
    rds.encode = function(digest, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rds.encodingLength(digest));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const digestdata = digest.digest;
      if (!Buffer2.isBuffer(digestdata)) {
        throw new Error("Digest must be a Buffer");
      }
      offset += 2;
      buf.writeUInt16BE(digest.keyTag, offset);
      offset += 2;
      buf.writeUInt8(digest.algorithm, offset);
      offset += 1;
      buf.writeUInt8(digest.digestType, offset);
      offset += 1;
      digestdata.copy(buf, offset, 0, digestdata.length);
      offset += digestdata.length;
      rds.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rds.encode.bytes - 2, oldOffset);
      return buf;
    };
    rds.encode.bytes = 0;
    rds.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var digest = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      digest.keyTag = buf.readUInt16BE(offset);
      offset += 2;
      digest.algorithm = buf.readUInt8(offset);
      offset += 1;
      digest.digestType = buf.readUInt8(offset);
      offset += 1;
      digest.digest = buf.slice(offset, oldOffset + length + 2);
      offset += digest.digest.length;
      rds.decode.bytes = offset - oldOffset;
      return digest;
    };
    rds.decode.bytes = 0;
    rds.encodingLength = function(digest) {
      return 6 + Buffer2.byteLength(digest.digest);
    };
    var rsshfp = exports.sshfp = {};
    rsshfp.getFingerprintLengthForHashType = function getFingerprintLengthForHashType(hashType) {
      switch (hashType) {
        case 1:
          return 20;
        case 2:
          return 32;
      }
    };
    rsshfp.encode = function encode(record, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rsshfp.encodingLength(record));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      buf[offset] = record.algorithm;
      offset += 1;
      buf[offset] = record.hash;
      offset += 1;
      const fingerprintBuf = Buffer2.from(record.fingerprint.toUpperCase(), "hex");
      if (fingerprintBuf.length !== rsshfp.getFingerprintLengthForHashType(record.hash)) {
        throw new Error("Invalid fingerprint length");
      }
      fingerprintBuf.copy(buf, offset);
      offset += fingerprintBuf.byteLength;
      rsshfp.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rsshfp.encode.bytes - 2, oldOffset);
      return buf;
    };
    rsshfp.encode.bytes = 0;
    rsshfp.decode = function decode(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const record = {};
      offset += 2;
      record.algorithm = buf[offset];
      offset += 1;
      record.hash = buf[offset];
      offset += 1;
      const fingerprintLength = rsshfp.getFingerprintLengthForHashType(record.hash);
      record.fingerprint = buf.slice(offset, offset + fingerprintLength).toString("hex").toUpperCase();
      offset += fingerprintLength;
      rsshfp.decode.bytes = offset - oldOffset;
      return record;
    };
    rsshfp.decode.bytes = 0;
    rsshfp.encodingLength = function(record) {
      return 4 + Buffer2.from(record.fingerprint, "hex").byteLength;
    };
    var rnaptr = exports.naptr = {};
    rnaptr.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rnaptr.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      buf.writeUInt16BE(data.order || 0, offset);
      offset += 2;
      buf.writeUInt16BE(data.preference || 0, offset);
      offset += 2;
      string.encode(data.flags, buf, offset);
      offset += string.encode.bytes;
      string.encode(data.services, buf, offset);
      offset += string.encode.bytes;
      string.encode(data.regexp, buf, offset);
      offset += string.encode.bytes;
      name.encode(data.replacement, buf, offset);
      offset += name.encode.bytes;
      rnaptr.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rnaptr.encode.bytes - 2, oldOffset);
      return buf;
    };
    rnaptr.encode.bytes = 0;
    rnaptr.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.order = buf.readUInt16BE(offset);
      offset += 2;
      data.preference = buf.readUInt16BE(offset);
      offset += 2;
      data.flags = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.services = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.regexp = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.replacement = name.decode(buf, offset);
      offset += name.decode.bytes;
      rnaptr.decode.bytes = offset - oldOffset;
      return data;
    };
    rnaptr.decode.bytes = 0;
    rnaptr.encodingLength = function(data) {
      return string.encodingLength(data.flags) + string.encodingLength(data.services) + string.encodingLength(data.regexp) + name.encodingLength(data.replacement) + 6;
    };
    var rtlsa = exports.tlsa = {};
    rtlsa.encode = function(cert, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rtlsa.encodingLength(cert));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const certdata = cert.certificate;
      if (!Buffer2.isBuffer(certdata)) {
        throw new Error("Certificate must be a Buffer");
      }
      offset += 2;
      buf.writeUInt8(cert.usage, offset);
      offset += 1;
      buf.writeUInt8(cert.selector, offset);
      offset += 1;
      buf.writeUInt8(cert.matchingType, offset);
      offset += 1;
      certdata.copy(buf, offset, 0, certdata.length);
      offset += certdata.length;
      rtlsa.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rtlsa.encode.bytes - 2, oldOffset);
      return buf;
    };
    rtlsa.encode.bytes = 0;
    rtlsa.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const cert = {};
      const length = buf.readUInt16BE(offset);
      offset += 2;
      cert.usage = buf.readUInt8(offset);
      offset += 1;
      cert.selector = buf.readUInt8(offset);
      offset += 1;
      cert.matchingType = buf.readUInt8(offset);
      offset += 1;
      cert.certificate = buf.slice(offset, oldOffset + length + 2);
      offset += cert.certificate.length;
      rtlsa.decode.bytes = offset - oldOffset;
      return cert;
    };
    rtlsa.decode.bytes = 0;
    rtlsa.encodingLength = function(cert) {
      return 5 + Buffer2.byteLength(cert.certificate);
    };
    var renc = exports.record = function(type) {
      switch (type.toUpperCase()) {
        case "A":
          return ra;
        case "PTR":
          return rptr;
        case "CNAME":
          return rcname;
        case "DNAME":
          return rdname;
        case "TXT":
          return rtxt;
        case "NULL":
          return rnull;
        case "AAAA":
          return raaaa;
        case "SRV":
          return rsrv;
        case "HINFO":
          return rhinfo;
        case "CAA":
          return rcaa;
        case "NS":
          return rns;
        case "SOA":
          return rsoa;
        case "MX":
          return rmx;
        case "OPT":
          return ropt;
        case "DNSKEY":
          return rdnskey;
        case "RRSIG":
          return rrrsig;
        case "RP":
          return rrp;
        case "NSEC":
          return rnsec;
        case "NSEC3":
          return rnsec3;
        case "SSHFP":
          return rsshfp;
        case "DS":
          return rds;
        case "NAPTR":
          return rnaptr;
        case "TLSA":
          return rtlsa;
      }
      return runknown;
    };
    var answer = exports.answer = {};
    answer.encode = function(a, buf, offset) {
      if (!buf) buf = Buffer2.alloc(answer.encodingLength(a));
      if (!offset) offset = 0;
      const oldOffset = offset;
      name.encode(a.name, buf, offset);
      offset += name.encode.bytes;
      buf.writeUInt16BE(types.toType(a.type), offset);
      if (a.type.toUpperCase() === "OPT") {
        if (a.name !== ".") {
          throw new Error("OPT name must be root.");
        }
        buf.writeUInt16BE(a.udpPayloadSize || 4096, offset + 2);
        buf.writeUInt8(a.extendedRcode || 0, offset + 4);
        buf.writeUInt8(a.ednsVersion || 0, offset + 5);
        buf.writeUInt16BE(a.flags || 0, offset + 6);
        offset += 8;
        ropt.encode(a.options || [], buf, offset);
        offset += ropt.encode.bytes;
      } else {
        let klass = classes.toClass(a.class === void 0 ? "IN" : a.class);
        if (a.flush) klass |= FLUSH_MASK;
        buf.writeUInt16BE(klass, offset + 2);
        buf.writeUInt32BE(a.ttl || 0, offset + 4);
        offset += 8;
        const enc = renc(a.type);
        enc.encode(a.data, buf, offset);
        offset += enc.encode.bytes;
      }
      answer.encode.bytes = offset - oldOffset;
      return buf;
    };
    answer.encode.bytes = 0;
    answer.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const a = {};
      const oldOffset = offset;
      a.name = name.decode(buf, offset);
      offset += name.decode.bytes;
      a.type = types.toString(buf.readUInt16BE(offset));
      if (a.type === "OPT") {
        a.udpPayloadSize = buf.readUInt16BE(offset + 2);
        a.extendedRcode = buf.readUInt8(offset + 4);
        a.ednsVersion = buf.readUInt8(offset + 5);
        a.flags = buf.readUInt16BE(offset + 6);
        a.flag_do = (a.flags >> 15 & 1) === 1;
        a.options = ropt.decode(buf, offset + 8);
        offset += 8 + ropt.decode.bytes;
      } else {
        const klass = buf.readUInt16BE(offset + 2);
        a.ttl = buf.readUInt32BE(offset + 4);
        a.class = classes.toString(klass & NOT_FLUSH_MASK);
        a.flush = !!(klass & FLUSH_MASK);
        const enc = renc(a.type);
        a.data = enc.decode(buf, offset + 8);
        offset += 8 + enc.decode.bytes;
      }
      answer.decode.bytes = offset - oldOffset;
      return a;
    };
    answer.decode.bytes = 0;
    answer.encodingLength = function(a) {
      const data = a.data !== null && a.data !== void 0 ? a.data : a.options;
      return name.encodingLength(a.name) + 8 + renc(a.type).encodingLength(data);
    };
    var question = exports.question = {};
    question.encode = function(q, buf, offset) {
      if (!buf) buf = Buffer2.alloc(question.encodingLength(q));
      if (!offset) offset = 0;
      const oldOffset = offset;
      name.encode(q.name, buf, offset);
      offset += name.encode.bytes;
      buf.writeUInt16BE(types.toType(q.type), offset);
      offset += 2;
      buf.writeUInt16BE(classes.toClass(q.class === void 0 ? "IN" : q.class), offset);
      offset += 2;
      question.encode.bytes = offset - oldOffset;
      return q;
    };
    question.encode.bytes = 0;
    question.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const q = {};
      q.name = name.decode(buf, offset);
      offset += name.decode.bytes;
      q.type = types.toString(buf.readUInt16BE(offset));
      offset += 2;
      q.class = classes.toString(buf.readUInt16BE(offset));
      offset += 2;
      const qu = !!(q.class & QU_MASK);
      if (qu) q.class &= NOT_QU_MASK;
      question.decode.bytes = offset - oldOffset;
      return q;
    };
    question.decode.bytes = 0;
    question.encodingLength = function(q) {
      return name.encodingLength(q.name) + 4;
    };
    exports.AUTHORITATIVE_ANSWER = 1 << 10;
    exports.TRUNCATED_RESPONSE = 1 << 9;
    exports.RECURSION_DESIRED = 1 << 8;
    exports.RECURSION_AVAILABLE = 1 << 7;
    exports.AUTHENTIC_DATA = 1 << 5;
    exports.CHECKING_DISABLED = 1 << 4;
    exports.DNSSEC_OK = 1 << 15;
    exports.encode = function(result, buf, offset) {
      const allocing = !buf;
      if (allocing) buf = Buffer2.alloc(exports.encodingLength(result));
      if (!offset) offset = 0;
      const oldOffset = offset;
      if (!result.questions) result.questions = [];
      if (!result.answers) result.answers = [];
      if (!result.authorities) result.authorities = [];
      if (!result.additionals) result.additionals = [];
      header2.encode(result, buf, offset);
      offset += header2.encode.bytes;
      offset = encodeList(result.questions, question, buf, offset);
      offset = encodeList(result.answers, answer, buf, offset);
      offset = encodeList(result.authorities, answer, buf, offset);
      offset = encodeList(result.additionals, answer, buf, offset);
      exports.encode.bytes = offset - oldOffset;
      if (allocing && exports.encode.bytes !== buf.length) {
        return buf.slice(0, exports.encode.bytes);
      }
      return buf;
    };
    exports.encode.bytes = 0;
    exports.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const result = header2.decode(buf, offset);
      offset += header2.decode.bytes;
      offset = decodeList(result.questions, question, buf, offset);
      offset = decodeList(result.answers, answer, buf, offset);
      offset = decodeList(result.authorities, answer, buf, offset);
      offset = decodeList(result.additionals, answer, buf, offset);
      exports.decode.bytes = offset - oldOffset;
      return result;
    };
    exports.decode.bytes = 0;
    exports.encodingLength = function(result) {
      return header2.encodingLength(result) + encodingLengthList(result.questions || [], question) + encodingLengthList(result.answers || [], answer) + encodingLengthList(result.authorities || [], answer) + encodingLengthList(result.additionals || [], answer);
    };
    exports.streamEncode = function(result) {
      const buf = exports.encode(result);
      const sbuf = Buffer2.alloc(2);
      sbuf.writeUInt16BE(buf.byteLength);
      const combine = Buffer2.concat([sbuf, buf]);
      exports.streamEncode.bytes = combine.byteLength;
      return combine;
    };
    exports.streamEncode.bytes = 0;
    exports.streamDecode = function(sbuf) {
      const len = sbuf.readUInt16BE(0);
      if (sbuf.byteLength < len + 2) {
        return null;
      }
      const result = exports.decode(sbuf.slice(2));
      exports.streamDecode.bytes = exports.decode.bytes;
      return result;
    };
    exports.streamDecode.bytes = 0;
    function encodingLengthList(list, enc) {
      let len = 0;
      for (let i = 0; i < list.length; i++) len += enc.encodingLength(list[i]);
      return len;
    }
    function encodeList(list, enc, buf, offset) {
      for (let i = 0; i < list.length; i++) {
        enc.encode(list[i], buf, offset);
        offset += enc.encode.bytes;
      }
      return offset;
    }
    function decodeList(list, enc, buf, offset) {
      for (let i = 0; i < list.length; i++) {
        list[i] = enc.decode(buf, offset);
        offset += enc.decode.bytes;
      }
      return offset;
    }
  }
});

// src/capture/agent.ts
import { existsSync as existsSync3, readFileSync as readFileSync2 } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/capture/abi.ts
var EventKind = { exec: 1, fork: 2, exit: 3, sock: 4, data: 5, close: 6, mmap: 7 };
var Track = { all: 1, childrenOnly: 2 };
var FileState = { probed: 1, plain: 2 };
var sourceNames = ["syscall", "openssl", "gnutls", "go"];
var EXEC_FLAG_STOPPED = 1;
var SockFlag = { tls: 1, udp: 2, lost: 4, connect: 8 };
var DropReason = {
  ringbuf: 0,
  truncated: 1,
  readFault: 2,
  stateFull: 3,
  stopSkipped: 4,
  iovTruncated: 5
};
var Layout = {
  header: 24,
  exec: {
    size: 832,
    ppid: 24,
    uid: 28,
    cgroupId: 32,
    ino: 40,
    dev: 48,
    flags: 52,
    filenameLen: 56,
    argsLen: 60,
    filename: 64,
    args: 320
  },
  fork: { size: 32, parent: 24, child: 28 },
  exit: { size: 32, exitCode: 24 },
  mmap: { size: 40, ino: 24, dev: 32, flags: 36 },
  sock: {
    size: 80,
    sock: 24,
    fd: 32,
    ret: 36,
    family: 40,
    dport: 42,
    sport: 44,
    flags: 46,
    daddr: 48,
    saddr: 64
  },
  data: {
    size: 72,
    sock: 24,
    handle: 32,
    callLen: 40,
    callOffset: 48,
    fd: 56,
    len: 60,
    direction: 64,
    source: 65,
    flags: 66
  },
  close: { size: 56, sock: 24, sent: 32, received: 40, flags: 48 },
  config: { size: 24, heartbeat: 0, staleAfter: 8, agentTgid: 16, holdUnknown: 20 },
  fileKey: { size: 16, ino: 0, dev: 8 }
};
function fileKeyString(key) {
  return `${key.dev}:${key.ino}`;
}
function kernelDev(userDev) {
  const major = userDev >> 8n & 0xfffn | userDev >> 32n & ~0xfffn;
  const minor = userDev & 0xffn | userDev >> 12n & ~0xffn;
  return Number((major << 20n | minor) & 0xffffffffn);
}
function encodeFileKey(key) {
  const buf = Buffer.alloc(Layout.fileKey.size);
  buf.writeBigUInt64LE(key.ino, Layout.fileKey.ino);
  buf.writeUInt32LE(key.dev, Layout.fileKey.dev);
  return buf;
}
function encodeConfig(config) {
  const buf = Buffer.alloc(Layout.config.size);
  buf.writeBigUInt64LE(config.heartbeatNs, Layout.config.heartbeat);
  buf.writeBigUInt64LE(config.staleAfterNs, Layout.config.staleAfter);
  buf.writeUInt32LE(config.agentTgid, Layout.config.agentTgid);
  buf.writeUInt32LE(config.holdUnknown ? 1 : 0, Layout.config.holdUnknown);
  return buf;
}
function encodeU32(value) {
  const buf = Buffer.alloc(4);
  buf.writeUInt32LE(value);
  return buf;
}
function cString(buf, start, length) {
  return buf.toString("utf8", start, start + length);
}
function address(buf, at, family) {
  if (family === 2) return `${buf[at]}.${buf[at + 1]}.${buf[at + 2]}.${buf[at + 3]}`;
  const words = [];
  for (let i = 0; i < 16; i += 2) words.push(buf.readUInt16BE(at + i));
  if (words.slice(0, 5).every((w) => w === 0) && words[5] === 65535) return address(buf, at + 12, 2);
  return formatIpv6(words);
}
function formatIpv6(words) {
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < words.length; ) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < words.length && words[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j;
  }
  const hex = words.map((w) => w.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}
function decodeEvent(buf) {
  if (buf.length < Layout.header) return null;
  const kind = buf.readUInt32LE(0);
  const base = { tgid: buf.readUInt32LE(4), tid: buf.readUInt32LE(8), ts: Number(buf.readBigUInt64LE(16)) };
  switch (kind) {
    case EventKind.exec: {
      const L = Layout.exec;
      if (buf.length < L.size) return null;
      const filenameLen = Math.min(buf.readUInt32LE(L.filenameLen), L.args - L.filename);
      const argsLen = Math.min(buf.readUInt32LE(L.argsLen), L.size - L.args);
      const argv = cString(buf, L.args, argsLen).split("\0");
      if (argv.length > 0 && argv[argv.length - 1] === "") argv.pop();
      return {
        kind: "exec",
        ...base,
        ppid: buf.readUInt32LE(L.ppid),
        uid: buf.readUInt32LE(L.uid),
        cgroupId: buf.readBigUInt64LE(L.cgroupId),
        file: { ino: buf.readBigUInt64LE(L.ino), dev: buf.readUInt32LE(L.dev) },
        stopped: (buf.readUInt32LE(L.flags) & EXEC_FLAG_STOPPED) !== 0,
        filename: cString(buf, L.filename, filenameLen),
        argv
      };
    }
    case EventKind.fork: {
      const L = Layout.fork;
      if (buf.length < L.size) return null;
      return { kind: "fork", ...base, parent: buf.readUInt32LE(L.parent), child: buf.readUInt32LE(L.child) };
    }
    case EventKind.exit: {
      const L = Layout.exit;
      if (buf.length < L.size) return null;
      return { kind: "exit", ...base, exitCode: buf.readUInt32LE(L.exitCode) };
    }
    case EventKind.mmap: {
      const L = Layout.mmap;
      if (buf.length < L.size) return null;
      return {
        kind: "mmap",
        ...base,
        file: { ino: buf.readBigUInt64LE(L.ino), dev: buf.readUInt32LE(L.dev) },
        stopped: (buf.readUInt32LE(L.flags) & EXEC_FLAG_STOPPED) !== 0
      };
    }
    case EventKind.sock: {
      const L = Layout.sock;
      if (buf.length < L.size) return null;
      const family = buf.readUInt16LE(L.family);
      const remoteAddress = address(buf, L.daddr, family);
      return {
        kind: "sock",
        ...base,
        sock: buf.readBigUInt64LE(L.sock),
        fd: buf.readInt32LE(L.fd),
        ret: buf.readInt32LE(L.ret),
        family: remoteAddress.includes(":") ? 6 : 4,
        remoteAddress,
        remotePort: buf.readUInt16LE(L.dport),
        localAddress: address(buf, L.saddr, family),
        localPort: buf.readUInt16LE(L.sport),
        flags: buf.readUInt16LE(L.flags)
      };
    }
    case EventKind.data: {
      const L = Layout.data;
      if (buf.length < L.size) return null;
      const len = buf.readUInt32LE(L.len);
      if (buf.length < L.size + len) return null;
      return {
        kind: "data",
        ...base,
        sock: buf.readBigUInt64LE(L.sock),
        handle: buf.readBigUInt64LE(L.handle),
        callLen: Number(buf.readBigUInt64LE(L.callLen)),
        callOffset: Number(buf.readBigUInt64LE(L.callOffset)),
        fd: buf.readInt32LE(L.fd),
        direction: buf[L.direction] === 0 ? "egress" : "ingress",
        source: sourceNames[buf[L.source] ?? 0] ?? "syscall",
        flags: buf.readUInt16LE(L.flags),
        data: buf.subarray(L.size, L.size + len)
      };
    }
    case EventKind.close: {
      const L = Layout.close;
      if (buf.length < L.size) return null;
      return {
        kind: "close",
        ...base,
        sock: buf.readBigUInt64LE(L.sock),
        bytesSent: Number(buf.readBigUInt64LE(L.sent)),
        bytesReceived: Number(buf.readBigUInt64LE(L.received)),
        flags: buf.readUInt32LE(L.flags)
      };
    }
    default:
      return null;
  }
}

// src/capture/native.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var ADDON_FILE_NAME = "egress_lens.node";
var ADDON_PATH_ENV = "EGRESS_LENS_ADDON";
var loadedAddon;
function findPackageRoot(start) {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) return void 0;
  }
}
function addonCandidates() {
  const override = process.env[ADDON_PATH_ENV];
  if (override) return [override];
  const moduleDir = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(moduleDir, ADDON_FILE_NAME)];
  const root = findPackageRoot(moduleDir);
  if (root) candidates.push(join(root, "native", "build", "Release", ADDON_FILE_NAME));
  return candidates;
}
function loadAddon() {
  if (loadedAddon) return loadedAddon;
  const candidates = addonCandidates();
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `egress-lens native addon not found (looked at ${candidates.join(", ")}): run \`npm run build:native\``
    );
  }
  loadedAddon = createRequire(import.meta.url)(found);
  return loadedAddon;
}
function openObject(path, options) {
  return loadAddon().openObject(path, options);
}
var LENGTH_PREFIX_BYTES = 4;
var RECORD_ALIGNMENT = 8;
function splitBatch(batch) {
  const records = [];
  let offset = 0;
  while (offset < batch.length) {
    if (offset + LENGTH_PREFIX_BYTES > batch.length) {
      throw new Error(`truncated ring batch: length prefix at ${offset} of ${batch.length} bytes`);
    }
    const length = batch.readUInt32LE(offset);
    const start = offset + LENGTH_PREFIX_BYTES;
    if (start + length > batch.length) {
      throw new Error(
        `truncated ring batch: record of ${length} bytes at ${offset} of ${batch.length} bytes`
      );
    }
    records.push(batch.subarray(start, start + length));
    offset = Math.ceil((start + length) / RECORD_ALIGNMENT) * RECORD_ALIGNMENT;
  }
  return records;
}

// src/capture/probes.ts
import { existsSync as existsSync2, readFileSync, readlinkSync, statSync } from "node:fs";

// src/capture/elf.ts
import fs from "node:fs";
var SHT_SYMTAB = 2;
var SHT_NOBITS = 8;
var SHT_DYNSYM = 11;
var SHT_GNU_HASH = 1879048182;
var PT_LOAD = 1;
var ELF_HEADER_SIZE = 64;
var PROGRAM_HEADER_SIZE = 56;
var SECTION_HEADER_SIZE = 64;
var SYMBOL_SIZE = 24;
var ELFCLASS64 = 2;
var ELFDATA2LSB = 1;
var ET_EXEC = 2;
var ET_DYN = 3;
var EM_X86_64 = 62;
var EM_AARCH64 = 183;
var STT_FUNC = 2;
var SHN_UNDEF = 0;
var SHN_XINDEX = 65535;
function readBytes(elf, offset, length) {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) return null;
  if (offset + length > elf.fileSize) return null;
  let fd;
  try {
    fd = fs.openSync(elf.path, "r");
    return readFully(fd, offset, length);
  } catch {
    return null;
  } finally {
    if (fd !== void 0) fs.closeSync(fd);
  }
}
function readFully(fd, offset, length) {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const got = fs.readSync(fd, buffer, done, length - done, offset + done);
    if (got === 0) return null;
    done += got;
  }
  return buffer;
}
function u64(buffer, offset) {
  return Number(buffer.readBigUInt64LE(offset));
}
function openElf(path) {
  let fd;
  try {
    fd = fs.openSync(path, "r");
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return null;
    return parseHeaders(fd, path, stat.size);
  } catch {
    return null;
  } finally {
    if (fd !== void 0) fs.closeSync(fd);
  }
}
function parseHeaders(fd, path, fileSize) {
  if (fileSize < ELF_HEADER_SIZE) return null;
  const header2 = readFully(fd, 0, ELF_HEADER_SIZE);
  if (!header2 || header2.readUInt32BE(0) !== 2135247942) return null;
  if (header2[4] !== ELFCLASS64 || header2[5] !== ELFDATA2LSB) return null;
  const inFile = (offset, length) => offset >= 0 && offset + length <= fileSize;
  const typeCode = header2.readUInt16LE(16);
  const machineCode = header2.readUInt16LE(18);
  const programHeaderOffset = u64(header2, 32);
  const sectionHeaderOffset = u64(header2, 40);
  const programHeaderEntrySize = header2.readUInt16LE(54);
  const programHeaderCount = header2.readUInt16LE(56);
  const sectionHeaderEntrySize = header2.readUInt16LE(58);
  let sectionCount = header2.readUInt16LE(60);
  let sectionNamesIndex = header2.readUInt16LE(62);
  const segments = [];
  if (programHeaderCount > 0) {
    const length = programHeaderEntrySize * programHeaderCount;
    if (programHeaderEntrySize < PROGRAM_HEADER_SIZE || !inFile(programHeaderOffset, length)) return null;
    const table = readFully(fd, programHeaderOffset, length);
    if (!table) return null;
    for (let i = 0; i < programHeaderCount; i++) {
      const at = i * programHeaderEntrySize;
      segments.push({
        type: table.readUInt32LE(at),
        flags: table.readUInt32LE(at + 4),
        offset: u64(table, at + 8),
        vaddr: u64(table, at + 16),
        fileSize: u64(table, at + 32),
        memSize: u64(table, at + 40)
      });
    }
  }
  const sections = [];
  if (sectionHeaderOffset !== 0) {
    if (sectionHeaderEntrySize < SECTION_HEADER_SIZE || !inFile(sectionHeaderOffset, SECTION_HEADER_SIZE)) {
      return null;
    }
    const first = readFully(fd, sectionHeaderOffset, SECTION_HEADER_SIZE);
    if (!first) return null;
    if (sectionCount === 0) sectionCount = u64(first, 32);
    if (sectionNamesIndex === SHN_XINDEX) sectionNamesIndex = first.readUInt32LE(40);
    const length = sectionHeaderEntrySize * sectionCount;
    if (!inFile(sectionHeaderOffset, length)) return null;
    const table = readFully(fd, sectionHeaderOffset, length);
    if (!table) return null;
    const headers = [];
    for (let i = 0; i < sectionCount; i++) {
      const at = i * sectionHeaderEntrySize;
      headers.push({
        nameOffset: table.readUInt32LE(at),
        type: table.readUInt32LE(at + 4),
        flags: u64(table, at + 8),
        vaddr: u64(table, at + 16),
        offset: u64(table, at + 24),
        size: u64(table, at + 32),
        link: table.readUInt32LE(at + 40),
        entrySize: u64(table, at + 56)
      });
    }
    const namesHeader = headers[sectionNamesIndex];
    const names = namesHeader && namesHeader.type !== SHT_NOBITS && inFile(namesHeader.offset, namesHeader.size) ? readFully(fd, namesHeader.offset, namesHeader.size) : null;
    for (const { nameOffset, ...section } of headers) {
      sections.push({ name: names ? cString2(names, nameOffset) : "", ...section });
    }
  }
  return {
    path,
    fileSize,
    machine: machineCode === EM_X86_64 ? "x86_64" : machineCode === EM_AARCH64 ? "aarch64" : "other",
    type: typeCode === ET_EXEC ? "exec" : typeCode === ET_DYN ? "dyn" : "other",
    sections,
    segments
  };
}
function cString2(buffer, offset) {
  if (offset < 0 || offset >= buffer.length) return "";
  const end = buffer.indexOf(0, offset);
  return end < 0 ? "" : buffer.toString("latin1", offset, end);
}
function findSection(elf, name) {
  return elf.sections.find((section) => section.name === name);
}
function readSection(elf, section) {
  if (section.type === SHT_NOBITS) return null;
  return readBytes(elf, section.offset, section.size);
}
function findSymbols(elf, names, tableTypes = [SHT_DYNSYM, SHT_SYMTAB]) {
  const found = /* @__PURE__ */ new Map();
  for (const tableType of tableTypes) {
    elf.sections.forEach((table, index) => {
      const missing = names.filter((name) => !found.has(name));
      const strings = elf.sections[table.link];
      if (table.type !== tableType || missing.length === 0 || !strings || table.entrySize < SYMBOL_SIZE)
        return;
      const hash = elf.sections.find((section) => section.type === SHT_GNU_HASH && section.link === index);
      if (hash) lookupByGnuHash(elf, { table, strings, hash }, missing, found);
      else scanSymbols(elf, { table, strings }, missing, found);
    });
  }
  return found;
}
function considerSymbol(elf, { table, strings }, index, name, found) {
  const symbol = readBytes(elf, table.offset + index * table.entrySize, SYMBOL_SIZE);
  if (!symbol || (symbol[4] & 15) !== STT_FUNC || symbol.readUInt16LE(6) === SHN_UNDEF) return;
  const nameOffset = symbol.readUInt32LE(0);
  if (nameOffset + name.length + 1 > strings.size) return;
  const storedName = readBytes(elf, strings.offset + nameOffset, name.length + 1);
  if (storedName?.equals(Buffer.from(`${name}\0`, "latin1"))) {
    found.set(name, { vaddr: u64(symbol, 8), size: u64(symbol, 16) });
  }
}
function gnuHash(name) {
  let hash = 5381;
  for (let i = 0; i < name.length; i++) hash = hash * 33 + name.charCodeAt(i) >>> 0;
  return hash;
}
function lookupByGnuHash(elf, symbols, names, found) {
  const { hash } = symbols;
  const header2 = readBytes(elf, hash.offset, 16);
  if (!header2) return;
  const bucketCount = header2.readUInt32LE(0);
  const firstHashedSymbol = header2.readUInt32LE(4);
  const bloomWords = header2.readUInt32LE(8);
  const bloomShift = header2.readUInt32LE(12);
  if (bucketCount === 0 || bloomWords === 0) return;
  const bucketsOffset = hash.offset + 16 + 8 * bloomWords;
  const chainOffset = bucketsOffset + 4 * bucketCount;
  const chainEnd = hash.offset + hash.size;
  const symbolCount = Math.floor(symbols.table.size / symbols.table.entrySize);
  const word32 = (offset) => {
    const bytes = offset + 4 <= chainEnd ? readBytes(elf, offset, 4) : null;
    return bytes ? bytes.readUInt32LE(0) : null;
  };
  for (const name of names) {
    const h = gnuHash(name);
    const bloom = readBytes(elf, hash.offset + 16 + 8 * (Math.floor(h / 64) % bloomWords), 8);
    if (!bloom) return;
    const bloomWord = bloom.readBigUInt64LE(0);
    const bits = 1n << BigInt(h % 64) | 1n << BigInt((h >>> bloomShift) % 64);
    if ((bloomWord & bits) !== bits) continue;
    const bucket = word32(bucketsOffset + 4 * (h % bucketCount));
    if (bucket === null || bucket < firstHashedSymbol) continue;
    for (let index = bucket; index < symbolCount; index++) {
      const chainHash = word32(chainOffset + 4 * (index - firstHashedSymbol));
      if (chainHash === null) break;
      if ((chainHash | 1) === (h | 1)) considerSymbol(elf, symbols, index, name, found);
      if (found.has(name) || chainHash & 1) break;
    }
  }
}
function scanSymbols(elf, { table, strings }, names, found) {
  const stringBytes = readSection(elf, strings);
  if (!stringBytes) return;
  const nameAt = /* @__PURE__ */ new Map();
  for (const name of names) {
    const needle = Buffer.from(`${name}\0`, "latin1");
    for (let at = stringBytes.indexOf(needle); at >= 0; at = stringBytes.indexOf(needle, at + 1)) {
      nameAt.set(at, name);
    }
  }
  if (nameAt.size === 0) return;
  const symbolBytes = readSection(elf, table);
  if (!symbolBytes) return;
  for (let at = 0; at + SYMBOL_SIZE <= symbolBytes.length; at += table.entrySize) {
    const name = nameAt.get(symbolBytes.readUInt32LE(at));
    if (name === void 0 || found.has(name)) continue;
    const isFunction = (symbolBytes[at + 4] & 15) === STT_FUNC;
    const isDefined = symbolBytes.readUInt16LE(at + 6) !== SHN_UNDEF;
    if (isFunction && isDefined)
      found.set(name, { vaddr: u64(symbolBytes, at + 8), size: u64(symbolBytes, at + 16) });
  }
}
function vaddrToFileOffset(elf, vaddr) {
  for (const segment of elf.segments) {
    if (segment.type !== PT_LOAD) continue;
    if (vaddr >= segment.vaddr && vaddr < segment.vaddr + segment.fileSize) {
      return vaddr - segment.vaddr + segment.offset;
    }
  }
  return null;
}

// src/capture/golang.ts
import { createRequire as createRequire2 } from "node:module";
var PCLNTAB_MAGIC = /* @__PURE__ */ new Map([
  [4294967290, "go1.16"],
  [4294967280, "go1.18"],
  [4294967281, "go1.20"]
]);
var PCLNTAB_HEADER_SIZE = 8 + 8 * 8;
var POINTER_SIZE = 8;
function isGoBinary(elf) {
  return elf.sections.some(
    (section) => [".go.buildinfo", ".gopclntab", ".note.go.buildid"].includes(section.name)
  );
}
function findGoFunctions(elf, names) {
  const section = findSection(elf, ".gopclntab");
  const pclntab = section && parsePclntabHeader(elf, section.offset, section.size);
  return pclntab ? functionsFromPclntab(elf, pclntab, names) : functionsFromSymbolTable(elf, names);
}
function functionsFromSymbolTable(elf, names) {
  const functions = /* @__PURE__ */ new Map();
  for (const [name, symbol] of findSymbols(elf, names)) {
    functions.set(name, { name, entry: symbol.vaddr, end: symbol.vaddr + symbol.size });
  }
  return functions;
}
function parsePclntabHeader(elf, offset, size) {
  const header2 = readBytes(elf, offset, Math.min(PCLNTAB_HEADER_SIZE, size));
  if (!header2 || header2.length < PCLNTAB_HEADER_SIZE) return null;
  const layout = PCLNTAB_MAGIC.get(header2.readUInt32LE(0));
  if (!layout || header2[7] !== POINTER_SIZE) return null;
  const word = (index) => Number(header2.readBigUInt64LE(8 + index * POINTER_SIZE));
  const shift = layout === "go1.16" ? 0 : 1;
  const pclntab = {
    layout,
    offset,
    size,
    functionCount: word(0),
    textStart: layout === "go1.16" ? 0 : word(2) || null,
    functionNamesOffset: word(2 + shift),
    functionNamesEnd: word(3 + shift),
    functionTableOffset: word(6 + shift)
  };
  const inTable = (at) => at > 0 && at <= size;
  const valid = inTable(pclntab.functionNamesOffset) && inTable(pclntab.functionNamesEnd) && pclntab.functionNamesOffset <= pclntab.functionNamesEnd && inTable(pclntab.functionTableOffset);
  return valid ? pclntab : null;
}
var CGO_EXPORTS = ["crosscall2", "_cgo_topofstack"];
function functionsFromPclntab(elf, pclntab, names) {
  const anchors = pclntab.textStart === null ? findSymbols(elf, CGO_EXPORTS, [SHT_DYNSYM]) : /* @__PURE__ */ new Map();
  const relative = relativeFunctions(elf, pclntab, [...names, ...anchors.keys()]);
  if (![...relative.keys()].some((name) => names.includes(name))) return /* @__PURE__ */ new Map();
  let textStart = pclntab.textStart ?? findSection(elf, ".text")?.vaddr ?? null;
  for (const [name, symbol] of anchors) {
    const anchor = relative.get(name);
    if (anchor) textStart = symbol.vaddr - anchor.entry;
  }
  const functions = /* @__PURE__ */ new Map();
  for (const name of names) {
    const fn = relative.get(name);
    if (fn && textStart !== null) {
      functions.set(name, { name, entry: textStart + fn.entry, end: textStart + fn.end });
    }
  }
  return functions;
}
function relativeFunctions(elf, pclntab, names) {
  const functions = /* @__PURE__ */ new Map();
  const functionNames = readBytes(
    elf,
    pclntab.offset + pclntab.functionNamesOffset,
    pclntab.functionNamesEnd - pclntab.functionNamesOffset
  );
  if (!functionNames) return functions;
  const nameAt = /* @__PURE__ */ new Map();
  for (const name of names) {
    const needle = Buffer.from(`${name}\0`, "latin1");
    for (let at = functionNames.indexOf(needle); at >= 0; at = functionNames.indexOf(needle, at + 1)) {
      if (at === 0 || functionNames[at - 1] === 0) nameAt.set(at, name);
    }
  }
  if (nameAt.size === 0) return functions;
  const table = readBytes(
    elf,
    pclntab.offset + pclntab.functionTableOffset,
    pclntab.size - pclntab.functionTableOffset
  );
  if (!table) return functions;
  const fieldSize = pclntab.layout === "go1.16" ? POINTER_SIZE : 4;
  const field = (index) => fieldSize === 4 ? table.readUInt32LE(index * 4) : Number(table.readBigUInt64LE(index * 8));
  const count = Math.min(pclntab.functionCount, Math.floor((table.length / fieldSize - 1) / 2));
  const nameOffsetField = pclntab.layout === "go1.16" ? POINTER_SIZE : 4;
  for (let i = 0; i < count; i++) {
    const funcOffset = field(2 * i + 1);
    if (funcOffset + nameOffsetField + 4 > table.length) continue;
    const name = nameAt.get(table.readInt32LE(funcOffset + nameOffsetField));
    if (name === void 0 || functions.has(name)) continue;
    functions.set(name, { name, entry: field(2 * i), end: field(2 * i + 2) });
  }
  return functions;
}
var BUILD_INFO_MAGIC = Buffer.from("\xFF Go buildinf:", "latin1");
var BUILD_INFO_INLINE_STRINGS = 2;
var BUILD_INFO_BIG_ENDIAN = 1;
function goVersion(elf) {
  const section = findSection(elf, ".go.buildinfo");
  const header2 = section && readBytes(elf, section.offset, Math.min(section.size, 64));
  if (!header2 || header2.length < 32 || !header2.subarray(0, 14).equals(BUILD_INFO_MAGIC)) return null;
  const pointerSize = header2[14];
  const flags = header2[15];
  if (flags & BUILD_INFO_BIG_ENDIAN || pointerSize !== POINTER_SIZE) return null;
  if (flags & BUILD_INFO_INLINE_STRINGS) {
    const length2 = header2[32];
    if (length2 === void 0 || length2 >= 128) return null;
    const bytes2 = readBytes(elf, section.offset + 33, length2);
    return bytes2 ? bytes2.toString("latin1") : null;
  }
  const stringHeader = readAtVaddr(elf, Number(header2.readBigUInt64LE(16)), 16);
  if (!stringHeader) return null;
  const length = Number(stringHeader.readBigUInt64LE(8));
  const bytes = length <= 64 ? readAtVaddr(elf, Number(stringHeader.readBigUInt64LE(0)), length) : null;
  return bytes ? cString2(Buffer.concat([bytes, Buffer.alloc(1)]), 0) : null;
}
function readAtVaddr(elf, vaddr, length) {
  const offset = vaddrToFileOffset(elf, vaddr);
  return offset === null ? null : readBytes(elf, offset, length);
}
var icedX86;
function loadIcedX86() {
  icedX86 ??= createRequire2(import.meta.url)("iced-x86");
  return icedX86;
}
var AARCH64_RET_MASK = 4294966303;
var AARCH64_RET = 3596550144;
var MAX_FUNCTION_SIZE = 1 << 20;
function findReturnOffsets(elf, fn) {
  const size = fn.end - fn.entry;
  const start = vaddrToFileOffset(elf, fn.entry);
  const code2 = start === null || size <= 0 || size > MAX_FUNCTION_SIZE ? null : readBytes(elf, start, size);
  if (start === null || !code2) return [];
  if (elf.machine === "aarch64") {
    const offsets = [];
    for (let at = 0; at + 4 <= code2.length; at += 4) {
      if ((code2.readUInt32LE(at) & AARCH64_RET_MASK) >>> 0 === AARCH64_RET) offsets.push(start + at);
    }
    return offsets;
  }
  if (elf.machine !== "x86_64") return [];
  return x86ReturnOffsets(code2, start);
}
function x86ReturnOffsets(code2, start) {
  const { Decoder, DecoderOptions, Instruction, Mnemonic } = loadIcedX86();
  const decoder = new Decoder(64, code2, DecoderOptions.None);
  const instruction = new Instruction();
  const offsets = [];
  try {
    decoder.ip = 0n;
    while (decoder.canDecode) {
      decoder.decodeOut(instruction);
      if (instruction.mnemonic === Mnemonic.Ret) offsets.push(start + Number(instruction.ip));
    }
  } finally {
    instruction.free();
    decoder.free();
  }
  return offsets;
}

// src/capture/tls-targets.ts
var OPENSSL = {
  library: "openssl",
  functions: ["SSL_write", "SSL_read", "SSL_write_ex", "SSL_read_ex"],
  required: ["SSL_write", "SSL_read"]
};
var GNUTLS = {
  library: "gnutls",
  functions: ["gnutls_record_send", "gnutls_record_recv"],
  required: ["gnutls_record_send", "gnutls_record_recv"]
};
var GO_TLS_FUNCTIONS = ["crypto/tls.(*Conn).Write", "crypto/tls.(*Conn).Read"];
function inspectFile(path) {
  const elf = openElf(path);
  if (!elf || elf.machine === "other" || elf.type === "other") return null;
  if (isGoBinary(elf)) {
    const target = inspectGo(elf);
    if (target) return target;
  }
  return inspectCLibrary(elf, OPENSSL) ?? inspectCLibrary(elf, GNUTLS);
}
function inspectCLibrary(elf, { library, functions, required }) {
  const symbols = findSymbols(elf, functions);
  if (!required.some((name) => symbols.has(name))) return null;
  const probes = [];
  for (const name of functions) {
    const symbol = symbols.get(name);
    const offset = symbol ? vaddrToFileOffset(elf, symbol.vaddr) : null;
    if (offset === null) continue;
    probes.push({ symbol: name, offset, at: "entry" }, { symbol: name, offset, at: "return" });
  }
  return probes.length > 0 ? { library, path: elf.path, probes } : null;
}
function inspectGo(elf) {
  const functions = findGoFunctions(elf, GO_TLS_FUNCTIONS);
  const probes = [];
  for (const name of GO_TLS_FUNCTIONS) {
    const fn = functions.get(name);
    const entry = fn ? vaddrToFileOffset(elf, fn.entry) : null;
    if (!fn || entry === null) continue;
    probes.push({ symbol: name, offset: entry, at: "entry" });
    for (const offset of findReturnOffsets(elf, fn)) probes.push({ symbol: name, offset, at: "ret-insn" });
  }
  if (probes.length === 0) return null;
  const version = goVersion(elf);
  return { library: "go", path: elf.path, probes, ...version ? { goVersion: version } : {} };
}

// src/capture/probes.ts
var programs = {
  SSL_write: "ssl_write",
  SSL_read: "ssl_read",
  SSL_write_ex: "ssl_write_ex",
  SSL_read_ex: "ssl_read_ex",
  gnutls_record_send: "gnutls_send",
  gnutls_record_recv: "gnutls_recv",
  "crypto/tls.(*Conn).Write": "go_tls_write",
  "crypto/tls.(*Conn).Read": "go_tls_read"
};
var suffix = { entry: "_enter", return: "_exit", "ret-insn": "_ret" };
var TlsProbes = class {
  constructor(bpf) {
    this.bpf = bpf;
  }
  bpf;
  seen = /* @__PURE__ */ new Map();
  probed = [];
  failures = [];
  /** Inspect `openPath` (any path that opens the file, e.g. /proc/PID/exe) once per file. */
  ensure(key, openPath, displayPath) {
    const id = fileKeyString(key);
    const known = this.seen.get(id);
    if (known !== void 0) return known;
    let result = null;
    try {
      const target = inspectFile(openPath);
      if (target) result = this.attach(target, openPath, displayPath);
    } catch (err) {
      this.failures.push(`${displayPath}: ${err.message}`);
    }
    this.seen.set(id, result);
    this.bpf.mapUpdate(
      "known_files",
      encodeFileKey(key),
      encodeU32(result ? FileState.probed : FileState.plain)
    );
    return result;
  }
  /** A path on this machine: inspect and probe it if it exists. */
  ensurePath(path) {
    try {
      const st = statSync(path, { bigint: true });
      return this.ensure({ ino: st.ino, dev: kernelDev(st.dev) }, path, path);
    } catch {
      return null;
    }
  }
  attach(target, openPath, displayPath) {
    let attached = 0;
    for (const point of target.probes) {
      const base = programs[point.symbol];
      if (!base) continue;
      try {
        this.bpf.attachUprobe(base + suffix[point.at], {
          path: openPath,
          offset: point.offset,
          retprobe: point.at === "return"
        });
        attached++;
      } catch (err) {
        this.failures.push(`${displayPath} ${point.symbol}: ${err.message}`);
      }
    }
    if (attached === 0) return null;
    const file = { path: displayPath, library: target.library, probes: attached };
    this.probed.push(file);
    return file;
  }
};
function systemTlsFiles() {
  const files = /* @__PURE__ */ new Set();
  try {
    const cache = execFileSync("ldconfig", ["-p"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    for (const line of cache.split("\n")) {
      const m = /^\s*(lib(?:ssl|gnutls)\.so[^\s]*) .*=> (\S+)$/.exec(line);
      if (m?.[2]) files.add(m[2]);
    }
  } catch {
  }
  for (const node of [process.execPath, "/usr/bin/node", "/usr/local/bin/node"])
    if (existsSync2(node)) files.add(node);
  return [...files];
}
function findMapping(pid, key) {
  let maps;
  try {
    maps = readFileSync(`/proc/${pid}/maps`, "utf8");
  } catch {
    return null;
  }
  for (const line of maps.split("\n")) {
    const m = /^([0-9a-f]+-[0-9a-f]+) \S+ \S+ ([0-9a-f]+):([0-9a-f]+) (\d+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const dev = (parseInt(m[2] ?? "0", 16) << 20 | parseInt(m[3] ?? "0", 16)) >>> 0;
    if (dev !== key.dev || BigInt(m[4] ?? "0") !== key.ino) continue;
    return {
      openPath: `/proc/${pid}/map_files/${m[1]}`,
      displayPath: (m[5] ?? "").replace(/ \(deleted\)$/, "")
    };
  }
  return null;
}
function executablePath(pid, fallback) {
  try {
    return readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return fallback;
  }
}

// src/capture/agent.ts
var CaptureUnavailable = class extends Error {
};
var HOOKS = ["on_fork", "on_exec", "on_exit", "on_sys_enter", "on_sys_exit", "on_sock_state"];
var HEARTBEAT_MS = 100;
var STALE_AFTER_NS = 2000000000n;
function preflight() {
  if (process.platform !== "linux")
    throw new CaptureUnavailable(`egress-lens needs Linux (this is ${process.platform})`);
  if (process.getuid?.() !== 0) {
    throw new CaptureUnavailable("egress-lens needs root to load eBPF programs: run it with sudo");
  }
  if (!existsSync3("/sys/kernel/btf/vmlinux")) {
    throw new CaptureUnavailable(
      "this kernel has no BTF (/sys/kernel/btf/vmlinux is missing): egress-lens needs Linux 5.8+ built with CONFIG_DEBUG_INFO_BTF"
    );
  }
  const [major = 0, minor = 0] = readFileSync2("/proc/sys/kernel/osrelease", "utf8").split(".").map(Number);
  if (major < 5 || major === 5 && minor < 8) {
    throw new CaptureUnavailable(`kernel ${major}.${minor} is too old: egress-lens needs Linux 5.8 or newer`);
  }
}
function bpfObjectPath() {
  const here = dirname2(fileURLToPath2(import.meta.url));
  for (const candidate of [join2(here, "egress.bpf.o"), join2(here, "..", "..", "dist", "egress.bpf.o")]) {
    if (existsSync3(candidate)) return candidate;
  }
  throw new CaptureUnavailable("egress.bpf.o not found: run `npm run build`");
}
var Agent = class {
  constructor(options) {
    this.options = options;
    const started = performance.now();
    preflight();
    try {
      this.bpf = openObject(bpfObjectPath(), { mapMaxEntries: { events: options.ringBytes ?? 64 << 20 } });
    } catch (err) {
      throw new CaptureUnavailable(
        `could not load the eBPF programs: ${err.message.split("\n")[0]}`
      );
    }
    try {
      this.beat();
      for (const hook of HOOKS) this.bpf.attach(hook);
      this.probes = new TlsProbes(this.bpf);
      for (const file of systemTlsFiles()) this.probes.ensurePath(file);
      this.bpf.startRingBuffer("events", (batch) => this.onBatch(batch));
      this.bpf.mapUpdate("tracked", encodeU32(process.pid), encodeU32(Track.childrenOnly));
    } catch (err) {
      this.bpf.close();
      throw err;
    }
    this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
    this.readyMs = performance.now() - started;
  }
  options;
  bpf;
  probes;
  heartbeat;
  stillHeld = /* @__PURE__ */ new Set();
  events = 0;
  malformed = 0;
  held = 0;
  stopped = false;
  readyMs;
  /** Capture `pid` and everything it starts from now on. */
  track(pid, mode = "all") {
    this.bpf.mapUpdate("tracked", encodeU32(pid), encodeU32(Track[mode]));
  }
  /** Deliver everything still in the ring, then detach everything. Returns what happened. */
  stop() {
    if (!this.stopped) {
      this.stopped = true;
      clearInterval(this.heartbeat);
      this.bpf.mapUpdate(
        "agent_config",
        encodeU32(0),
        encodeConfig({ heartbeatNs: 0n, staleAfterNs: 0n, agentTgid: process.pid, holdUnknown: false })
      );
      this.bpf.stopRingBuffer();
    }
    const stats = this.stats();
    for (const pid of this.stillHeld) release(pid);
    this.bpf.close();
    return stats;
  }
  stats() {
    const drops = Object.fromEntries(Object.keys(DropReason).map((k) => [k, 0]));
    for (const [name, slot] of Object.entries(DropReason)) {
      const values = this.bpf.mapLookup("drops", encodeU32(slot));
      if (!values) continue;
      for (let off = 0; off + 8 <= values.length; off += 8)
        drops[name] += Number(values.readBigUInt64LE(off));
    }
    return {
      events: this.events,
      malformed: this.malformed,
      drops,
      droppedInUserspace: this.bpf.ringStats().droppedInUserspace,
      held: this.held,
      probedFiles: this.probes.probed,
      probeFailures: this.probes.failures,
      readyMs: this.readyMs
    };
  }
  beat() {
    this.bpf.mapUpdate(
      "agent_config",
      encodeU32(0),
      encodeConfig({
        heartbeatNs: process.hrtime.bigint(),
        staleAfterNs: STALE_AFTER_NS,
        agentTgid: process.pid,
        holdUnknown: this.options.hold ?? true
      })
    );
  }
  onBatch(batch) {
    for (const record of splitBatch(batch)) {
      const event = decodeEvent(record);
      if (!event) {
        this.malformed++;
        continue;
      }
      this.events++;
      if ((event.kind === "exec" || event.kind === "mmap") && event.stopped) this.inspectHeld(event);
      this.options.onEvent(event);
    }
  }
  /** The kernel stopped this task before it ran a file we had not seen: probe it, then let it go. */
  inspectHeld(event) {
    const pid = event.tgid;
    this.held++;
    this.stillHeld.add(pid);
    try {
      if (event.kind === "exec") {
        this.probes.ensure(event.file, `/proc/${pid}/exe`, executablePath(pid, event.filename));
      } else {
        const mapping = findMapping(pid, event.file);
        if (mapping) this.probes.ensure(event.file, mapping.openPath, mapping.displayPath);
      }
    } finally {
      release(pid);
      this.stillHeld.delete(pid);
    }
  }
};
function release(pid) {
  try {
    process.kill(pid, "SIGCONT");
  } catch {
  }
}

// src/version.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { dirname as dirname3, join as join3 } from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";
function readVersion() {
  for (let dir = dirname3(fileURLToPath3(import.meta.url)); dir !== dirname3(dir); dir = dirname3(dir)) {
    try {
      return JSON.parse(readFileSync3(join3(dir, "package.json"), "utf8")).version;
    } catch {
    }
  }
  return "0.0.0";
}

// src/cli/io.ts
var UsageError = class extends Error {
};

// src/cli/run.ts
import { spawn } from "node:child_process";
import { readFileSync as readFileSync4 } from "node:fs";
import { resolve } from "node:path";

// src/protocols/http1/parse.ts
var HEADER_BLOCK_LIMIT = 64 * 1024;
var CHUNK_LINE_LIMIT = 4096;
var KNOWN_METHODS = [
  "GET",
  "HEAD",
  "POST",
  "PUT",
  "DELETE",
  "CONNECT",
  "OPTIONS",
  "TRACE",
  "PATCH"
];
var REQUEST_START_PREFIXES = KNOWN_METHODS.map(
  (method) => Buffer.from(`${method} `)
);
var RESPONSE_START_PREFIXES = [Buffer.from("HTTP/1.")];
var LF = 10;
var CR = 13;
var SP = 32;
var LONGEST_METHOD = 32;
var BARE_BLANK_LINE = Buffer.from("\n\n");
var CRLF_BLANK_LINE = Buffer.from("\n\r\n");
var MAX_CHUNK_SIZE_DIGITS = 13;
var invalid = (reason) => ({ kind: "invalid", reason });
function parseRequestHead(buf, scannedWithoutEnd = 0) {
  const lines = splitHeadLines(buf, scannedWithoutEnd, requestLinePrefixProblem);
  if (lines.kind !== "lines") return lines;
  const [startLine, ...fieldLines] = lines.lines;
  const parts = (startLine ?? "").split(" ");
  if (parts.length !== 3) return invalid('request line is not "method target version"');
  const [method = "", target = "", versionText = ""] = parts;
  if (!isToken(method)) return invalid("method is not a token");
  if (!isVisibleText(target)) return invalid("bad request target");
  const version = parseVersion(versionText);
  if (version === void 0) return invalid("not HTTP/1.0 or HTTP/1.1");
  const headers = parseFieldLines(fieldLines);
  if (typeof headers === "string") return invalid(headers);
  const framing = requestFraming(headers);
  if (typeof framing === "string") return invalid(framing);
  return {
    kind: "frame",
    frame: { method, target, version, headers, headerBytes: lines.consumed, framing },
    consumed: lines.consumed
  };
}
function parseResponseHead(buf, scannedWithoutEnd = 0) {
  const lines = splitHeadLines(buf, scannedWithoutEnd, statusLinePrefixProblem);
  if (lines.kind !== "lines") return lines;
  const [startLine = "", ...fieldLines] = lines.lines;
  const match = /^(HTTP\/1\.[01]) ([0-9]{3})(?: (.*))?$/.exec(startLine);
  if (match === null) return invalid("bad status line");
  const version = parseVersion(match[1] ?? "");
  if (version === void 0) return invalid("not HTTP/1.0 or HTTP/1.1");
  const headers = parseFieldLines(fieldLines);
  if (typeof headers === "string") return invalid(headers);
  const framing = responseFraming(headers);
  if (typeof framing === "string") return invalid(framing);
  return {
    kind: "frame",
    frame: {
      status: Number(match[2]),
      reason: (match[3] ?? "").trim(),
      version,
      headers,
      headerBytes: lines.consumed,
      framing
    },
    consumed: lines.consumed
  };
}
function parseChunkHeader(buf) {
  const lf = buf.indexOf(LF);
  if (lf === -1) {
    return buf.length > CHUNK_LINE_LIMIT ? invalid("chunk-size line too long") : { kind: "needMore" };
  }
  if (lf + 1 > CHUNK_LINE_LIMIT) return invalid("chunk-size line too long");
  const line = buf.toString("latin1", 0, lf).replace(/\r$/, "");
  const match = /^0*([0-9a-fA-F]+)[ \t]*(?:;.*)?$/.exec(line);
  if (match === null) return invalid("bad chunk-size line");
  const digits = match[1] ?? "";
  if (digits.length > MAX_CHUNK_SIZE_DIGITS) return invalid("chunk size too large");
  return { kind: "frame", frame: parseInt(digits, 16), consumed: lf + 1 };
}
function parseLineEnd(buf) {
  if (buf.length === 0) return { kind: "needMore" };
  if (buf[0] === LF) return { kind: "frame", frame: null, consumed: 1 };
  if (buf[0] !== CR) return invalid("chunk data not followed by CRLF");
  if (buf.length === 1) return { kind: "needMore" };
  return buf[1] === LF ? { kind: "frame", frame: null, consumed: 2 } : invalid("chunk data not followed by CRLF");
}
function parseTrailerSection(buf) {
  const blank = blankLineLength(buf, 0);
  if (blank === "needMore") return { kind: "needMore" };
  const end = blank > 0 ? blank : findSectionEnd(buf, 0);
  if (end === -1)
    return buf.length >= HEADER_BLOCK_LIMIT ? invalid("trailer section too large") : { kind: "needMore" };
  if (end > HEADER_BLOCK_LIMIT) return invalid("trailer section too large");
  return { kind: "frame", frame: null, consumed: end };
}
function leadingBlankLineBytes(buf) {
  let offset = 0;
  for (; ; ) {
    const blank = blankLineLength(buf, offset);
    if (blank === "needMore" || blank === 0) return offset;
    offset += blank;
  }
}
function headerListValues(headers, name) {
  const lowerName = name.toLowerCase();
  return headers.filter(([headerName]) => headerName.toLowerCase() === lowerName).flatMap(([, value]) => value.split(",")).map((value) => value.trim()).filter((value) => value.length > 0);
}
function splitHeadLines(buf, scannedWithoutEnd, prefixProblem) {
  const firstLf = buf.indexOf(LF);
  const problem = prefixProblem(firstLf === -1 ? buf : buf.subarray(0, firstLf));
  if (problem !== void 0) return invalid(problem);
  const end = firstLf === -1 ? -1 : findSectionEnd(buf, Math.max(0, scannedWithoutEnd - 2));
  if (end === -1) {
    return buf.length >= HEADER_BLOCK_LIMIT ? invalid("header section too large") : { kind: "needMore" };
  }
  if (end > HEADER_BLOCK_LIMIT) return invalid("header section too large");
  const lines = buf.toString("latin1", 0, end).split("\n");
  lines.length -= 2;
  return { kind: "lines", lines: lines.map((line) => line.endsWith("\r") ? line.slice(0, -1) : line), consumed: end };
}
function findSectionEnd(buf, from) {
  const bare = buf.indexOf(BARE_BLANK_LINE, from);
  const crlf = buf.indexOf(CRLF_BLANK_LINE, from);
  if (bare === -1) return crlf === -1 ? -1 : crlf + CRLF_BLANK_LINE.length;
  if (crlf === -1 || bare < crlf) return bare + BARE_BLANK_LINE.length;
  return crlf + CRLF_BLANK_LINE.length;
}
function blankLineLength(buf, offset) {
  if (offset >= buf.length) return "needMore";
  if (buf[offset] === LF) return 1;
  if (buf[offset] !== CR) return 0;
  if (offset + 1 >= buf.length) return "needMore";
  return buf[offset + 1] === LF ? 2 : 0;
}
function requestLinePrefixProblem(firstLine) {
  const methodEnd = firstLine.indexOf(SP);
  const method = methodEnd === -1 ? firstLine : firstLine.subarray(0, methodEnd);
  if (method.length > LONGEST_METHOD) return "method too long";
  for (const byte of method) {
    if (!TOKEN_BYTES[byte]) return "method is not a token";
  }
  return void 0;
}
function statusLinePrefixProblem(firstLine) {
  const expected = RESPONSE_START_PREFIXES[0];
  const compared = Math.min(firstLine.length, expected.length);
  return firstLine.compare(expected, 0, compared, 0, compared) === 0 ? void 0 : "not an HTTP/1 status line";
}
function parseVersion(text) {
  if (text === "HTTP/1.1") return "1.1";
  if (text === "HTTP/1.0") return "1.0";
  return void 0;
}
function parseFieldLines(lines) {
  const headers = [];
  for (const line of lines) {
    if (line.startsWith(" ") || line.startsWith("	")) return "obsolete line folding";
    const colon = line.indexOf(":");
    if (colon === -1) return "header line without colon";
    const name = line.slice(0, colon);
    if (!isToken(name)) return "header name is not a token";
    const value = line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, "");
    if (value.includes("\0") || value.includes("\r")) return "NUL or CR in header value";
    headers.push([name, value]);
  }
  return headers;
}
function requestFraming(headers) {
  const codings = headerListValues(headers, "transfer-encoding");
  if (codings.length > 0) {
    return isChunkedLast(codings) ? { kind: "chunked" } : "request transfer-encoding does not end in chunked";
  }
  const length = contentLength(headers);
  if (typeof length === "string") return length;
  return { kind: "length", length: length ?? 0 };
}
function responseFraming(headers) {
  const codings = headerListValues(headers, "transfer-encoding");
  if (codings.length > 0) return isChunkedLast(codings) ? { kind: "chunked" } : { kind: "untilClose" };
  const length = contentLength(headers);
  if (typeof length === "string") return length;
  return length === void 0 ? { kind: "untilClose" } : { kind: "length", length };
}
function isChunkedLast(codings) {
  return codings[codings.length - 1]?.toLowerCase() === "chunked";
}
function contentLength(headers) {
  const values = headerListValues(headers, "content-length");
  if (values.length === 0) return void 0;
  if (!values.every((value) => /^[0-9]{1,15}$/.test(value))) return "bad content-length";
  const lengths = new Set(values.map(Number));
  if (lengths.size !== 1) return "conflicting content-length values";
  return [...lengths][0];
}
var TOKEN_BYTES = Array.from({ length: 256 }, (_, byte) => {
  const char = String.fromCharCode(byte);
  return /[A-Za-z0-9!#$%&'*+\-.^_`|~]/.test(char) && byte < 128;
});
function isVisibleText(text) {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index++) {
    const code2 = text.charCodeAt(index);
    if (code2 <= 32 || code2 === 127) return false;
  }
  return true;
}
function isToken(text) {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index++) {
    if (!TOKEN_BYTES[text.charCodeAt(index)]) return false;
  }
  return true;
}

// src/protocols/detect.ts
var HTTP2_PREFACE = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
var HTTP1_STARTS = KNOWN_METHODS.map((method) => Buffer.from(`${method} `));
var TLS_RECORD_START = Buffer.from([22, 3]);
var TLS_MAX_MINOR = 4;
function detectProtocol(firstBytes) {
  let couldStillMatch = false;
  const startsWith = (expected) => {
    const compared = Math.min(firstBytes.length, expected.length);
    if (firstBytes.compare(expected, 0, compared, 0, compared) !== 0) return false;
    if (compared === expected.length) return true;
    couldStillMatch = true;
    return false;
  };
  if (startsWith(HTTP2_PREFACE)) return "http2";
  if (HTTP1_STARTS.some(startsWith)) return "http1";
  if (startsWith(TLS_RECORD_START)) {
    const minor = firstBytes[TLS_RECORD_START.length];
    if (minor === void 0) return "needMore";
    if (minor <= TLS_MAX_MINOR) return "tls";
  }
  return couldStillMatch ? "needMore" : "unknown";
}

// src/protocols/common/byte-queue.ts
var ByteQueue = class {
  storage = Buffer.alloc(0);
  /** False while `storage` is a caller's buffer we must not write into. */
  owned = false;
  start = 0;
  end = 0;
  /** Absolute stream offset of `storage[start]`. */
  streamOffset = 0;
  stamps = [];
  get length() {
    return this.end - this.start;
  }
  /** The queued bytes. Valid only until the next `append`. */
  view() {
    return this.storage.subarray(this.start, this.end);
  }
  append(data, ts) {
    if (data.length === 0) return;
    this.stamps.push({ offset: this.streamOffset + this.length, ts });
    if (this.length === 0) {
      this.storage = data;
      this.owned = false;
      this.start = 0;
      this.end = data.length;
      return;
    }
    const needed = this.length + data.length;
    if (!this.owned || this.start + needed > this.storage.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.owned ? this.storage.length * 2 : needed * 2));
      this.storage.copy(grown, 0, this.start, this.end);
      this.storage = grown;
      this.owned = true;
      this.end = this.length;
      this.start = 0;
    }
    data.copy(this.storage, this.end);
    this.end += data.length;
  }
  consume(count) {
    const taken = Math.min(count, this.length);
    this.start += taken;
    this.streamOffset += taken;
    if (this.length === 0) {
      this.storage = Buffer.alloc(0);
      this.owned = false;
      this.start = this.end = 0;
      this.stamps = [];
      return;
    }
    let firstLive = 0;
    while (firstLive + 1 < this.stamps.length && this.stamps[firstLive + 1].offset <= this.streamOffset) {
      firstLive++;
    }
    if (firstLive > 0) this.stamps.splice(0, firstLive);
  }
  clear() {
    this.consume(this.length);
  }
  /** Timestamp of the queued byte at `index` (0 = front). */
  tsAt(index) {
    const offset = this.streamOffset + index;
    let low = 0;
    let high = this.stamps.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (this.stamps[middle].offset <= offset) low = middle;
      else high = middle - 1;
    }
    const stamp = this.stamps[low];
    if (stamp === void 0) throw new RangeError("ByteQueue.tsAt on an empty queue");
    return stamp.ts;
  }
};

// src/protocols/common/resync.ts
var LF2 = 10;
function findLineStartPrefix(buf, atLineStart, prefixes) {
  let candidate = atLineStart ? 0 : nextLineStart(buf, 0);
  while (candidate !== -1) {
    const match = matchPrefixes(buf, candidate, prefixes);
    if (match !== void 0) return { index: candidate, partial: match === "partial" };
    candidate = nextLineStart(buf, candidate);
  }
  return void 0;
}
function nextLineStart(buf, from) {
  const lf = buf.indexOf(LF2, from);
  return lf === -1 ? -1 : lf + 1;
}
function matchPrefixes(buf, at, prefixes) {
  const available = buf.length - at;
  for (const prefix of prefixes) {
    const compared = Math.min(available, prefix.length);
    if (buf.compare(prefix, 0, compared, at, at + compared) === 0) {
      return compared === prefix.length ? "full" : "partial";
    }
  }
  return void 0;
}

// src/protocols/http1/decoder.ts
var CR2 = 13;
var MessageDecoder = class {
  constructor(parseHead, startPrefixes, sink, stats) {
    this.parseHead = parseHead;
    this.startPrefixes = startPrefixes;
    this.sink = sink;
    this.stats = stats;
  }
  parseHead;
  startPrefixes;
  sink;
  stats;
  queue = new ByteQueue();
  state = { kind: "head" };
  current;
  /** Queued bytes already searched for the end of a header section without finding it. */
  headScanned = 0;
  get bufferedBytes() {
    return this.queue.length;
  }
  push(data, ts) {
    if (this.state.kind === "tunnel" || this.state.kind === "closed") return;
    this.queue.append(data, ts);
    this.process();
  }
  /** `bytes` were sent after everything pushed so far but not copied to us. */
  gap(bytes, ts) {
    const state = this.state;
    switch (state.kind) {
      case "tunnel":
      case "closed":
        return;
      case "untilClose":
        this.stats.gapsBridged++;
        this.addBody(bytes, ts);
        return;
      case "length":
      case "chunkData": {
        const bridged = Math.min(bytes, state.remaining);
        state.remaining -= bridged;
        this.addBody(bridged, ts);
        if (bytes <= state.remaining + bridged) {
          this.stats.gapsBridged++;
          if (state.kind === "length" && state.remaining === 0) this.endMessage(true);
          if (state.kind === "chunkData" && state.remaining === 0) this.state = { kind: "chunkDataEnd" };
          this.process();
          return;
        }
        this.stats.gapsLost++;
        this.endMessage(state.kind === "length");
        this.loseSync();
        return;
      }
      case "head":
      case "chunkHeader":
      case "chunkDataEnd":
      case "trailers":
      case "resync":
        this.stats.gapsLost++;
        if (this.current !== void 0) this.endMessage(false);
        this.loseSync();
        return;
    }
  }
  /** Runs the state machine over the queued bytes as far as they (and the sink) allow. */
  process() {
    for (; ; ) {
      const state = this.state;
      switch (state.kind) {
        case "tunnel":
        case "closed":
          this.queue.clear();
          return;
        case "resync":
          if (!this.resync(state.atLineStart)) return;
          break;
        case "head":
          if (!this.readHead()) return;
          break;
        case "length": {
          const taken = this.takeBody(state.remaining);
          if (taken === 0) return;
          state.remaining -= taken;
          if (state.remaining === 0) this.endMessage(true);
          break;
        }
        case "chunkData": {
          const taken = this.takeBody(state.remaining);
          if (taken === 0) return;
          state.remaining -= taken;
          if (state.remaining === 0) this.state = { kind: "chunkDataEnd" };
          break;
        }
        case "untilClose":
          this.takeBody(this.queue.length);
          return;
        case "chunkHeader": {
          const size = this.readFraming(parseChunkHeader(this.queue.view()));
          if (size === void 0) return;
          this.state = size === 0 ? { kind: "trailers" } : { kind: "chunkData", remaining: size };
          break;
        }
        case "chunkDataEnd":
          if (this.readFraming(parseLineEnd(this.queue.view())) === void 0) return;
          this.state = { kind: "chunkHeader" };
          break;
        case "trailers":
          if (this.readFraming(parseTrailerSection(this.queue.view())) === void 0) return;
          this.endMessage(true);
          break;
      }
    }
  }
  /** HTTP stops here: whatever follows on this connection is opaque. */
  enterTunnel() {
    this.state = { kind: "tunnel" };
    this.queue.clear();
  }
  /** The connection closed: a close-delimited body ends complete, anything else cut short. */
  close() {
    if (this.current !== void 0) this.endMessage(this.state.kind === "untilClose");
    if (this.state.kind !== "tunnel") this.stats.invalidBytes += this.queue.length;
    this.queue.clear();
    this.state = { kind: "closed" };
  }
  /** Returns false when it must wait for more bytes. */
  resync(atLineStart) {
    const found = findLineStartPrefix(this.queue.view(), atLineStart, this.startPrefixes);
    if (found === void 0) {
      this.dropInvalid(this.queue.length);
      this.state = { kind: "resync", atLineStart: false };
      return false;
    }
    this.dropInvalid(found.index);
    if (found.partial) {
      this.state = { kind: "resync", atLineStart: true };
      return false;
    }
    this.state = { kind: "head" };
    return true;
  }
  /** Returns false when it must wait for more bytes or for the other side. */
  readHead() {
    const blankLines = leadingBlankLineBytes(this.queue.view());
    if (blankLines > 0) {
      this.queue.consume(blankLines);
      this.headScanned = 0;
    }
    const view = this.queue.view();
    if (view.length === 0 || view.length === 1 && view[0] === CR2) return false;
    if (!this.sink.ready()) {
      if (this.queue.length <= HEADER_BLOCK_LIMIT) return false;
      this.abandonHead();
      return true;
    }
    const result = this.parseHead(view, this.headScanned);
    if (result.kind === "needMore") {
      this.headScanned = view.length;
      return false;
    }
    this.headScanned = 0;
    switch (result.kind) {
      case "invalid":
      case "ignored":
        this.abandonHead();
        return true;
      case "frame": {
        const startTs = this.queue.tsAt(0);
        const headEndTs = this.queue.tsAt(result.consumed - 1);
        this.queue.consume(result.consumed);
        const start = this.sink.begin(result.frame, startTs, headEndTs);
        this.current = start;
        this.startBody(start.framing);
        return true;
      }
    }
  }
  startBody(framing) {
    switch (framing.kind) {
      case "length":
        if (framing.length === 0) this.endMessage(true);
        else this.state = { kind: "length", remaining: framing.length };
        return;
      case "chunked":
        this.state = { kind: "chunkHeader" };
        return;
      case "untilClose":
        this.state = { kind: "untilClose" };
        return;
      case "tunnel":
        this.endMessage(true);
        this.enterTunnel();
        return;
    }
  }
  /** Consumes a piece of body framing; on bad framing ends the message cut short and resyncs. */
  readFraming(result) {
    switch (result.kind) {
      case "needMore":
        return void 0;
      case "frame":
      case "ignored": {
        const ts = this.queue.tsAt(result.consumed - 1);
        this.queue.consume(result.consumed);
        this.addBody(result.consumed, ts);
        return result.kind === "frame" ? result.frame : void 0;
      }
      case "invalid":
        this.endMessage(false);
        this.state = { kind: "resync", atLineStart: true };
        this.stats.resyncs++;
        return void 0;
    }
  }
  /** Takes up to `limit` queued bytes as body; returns how many. */
  takeBody(limit) {
    const taken = Math.min(limit, this.queue.length);
    if (taken === 0) return 0;
    const ts = this.queue.tsAt(taken - 1);
    this.queue.consume(taken);
    this.addBody(taken, ts);
    return taken;
  }
  addBody(bytes, ts) {
    if (this.current === void 0) return;
    this.current.message.bodyBytes += bytes;
    this.current.message.endTs = ts;
  }
  endMessage(complete) {
    const current = this.current;
    this.current = void 0;
    this.state = { kind: "head" };
    if (current === void 0) return;
    current.message.complete = complete;
    current.onEnd?.();
  }
  /** The bytes at the front cannot start a message: look for one further on. */
  abandonHead() {
    this.stats.resyncs++;
    this.state = { kind: "resync", atLineStart: false };
  }
  /** After a gap hid framing: queued bytes precede the gap and are useless; a message may start right after. */
  loseSync() {
    this.dropInvalid(this.queue.length);
    this.stats.resyncs++;
    this.state = { kind: "resync", atLineStart: true };
  }
  dropInvalid(bytes) {
    this.stats.invalidBytes += bytes;
    this.queue.consume(bytes);
  }
};

// src/protocols/http1/stitch.ts
var Http1Connection = class {
  stats = { invalidBytes: 0, resyncs: 0, gapsBridged: 0, gapsLost: 0 };
  isTunneled = false;
  closed = false;
  /** Exchanges not yet drained, oldest first. */
  pending = [];
  /** Index in `pending` of the first exchange without its final response head. */
  answered = 0;
  /** Bumped whenever a message starts; what lets the other side go on. */
  messagesStarted = 0;
  requests = new MessageDecoder(
    parseRequestHead,
    REQUEST_START_PREFIXES,
    {
      ready: () => !this.awaitingTunnelAnswer(),
      begin: (head, startTs, endTs) => this.beginRequest(head, startTs, endTs)
    },
    this.stats
  );
  responses = new MessageDecoder(
    parseResponseHead,
    RESPONSE_START_PREFIXES,
    {
      ready: () => this.answered < this.pending.length,
      begin: (head, startTs, endTs) => this.beginResponse(head, startTs, endTs)
    },
    this.stats
  );
  /** After a CONNECT 2xx or a 101 Switching Protocols the bytes are opaque. */
  get tunneled() {
    return this.isTunneled;
  }
  /** Bytes held while waiting for the rest of a head or for the other side; bounded. */
  get bufferedBytes() {
    return this.requests.bufferedBytes + this.responses.bufferedBytes;
  }
  pushRequest(data, ts) {
    this.requests.push(data, ts);
    this.pump();
  }
  pushResponse(data, ts) {
    this.responses.push(data, ts);
    this.pump();
  }
  requestGap(bytes, ts) {
    this.requests.gap(bytes, ts);
    this.pump();
  }
  responseGap(bytes, ts) {
    this.responses.gap(bytes, ts);
    this.pump();
  }
  /** Ends close-delimited bodies and lets requests that never got a response be drained. */
  close(_ts) {
    this.requests.close();
    this.responses.close();
    this.closed = true;
  }
  /** Exchanges that are over, in order, removed from the connection. */
  drain() {
    let over = 0;
    while (over < this.pending.length && this.isOver(this.pending[over])) over++;
    const drained = this.pending.splice(0, over);
    this.answered = Math.max(0, this.answered - over);
    return drained.map((pending) => pending.exchange);
  }
  isOver(pending) {
    return this.closed || pending.requestEnded && pending.responseEnded;
  }
  /** Each side may unblock the other (a request lets its response be read, a refused CONNECT lets requests go on). */
  pump() {
    let before;
    do {
      before = this.messagesStarted;
      this.requests.process();
      this.responses.process();
    } while (this.messagesStarted !== before);
  }
  awaitingTunnelAnswer() {
    const last = this.pending[this.pending.length - 1];
    return last !== void 0 && last.mayTunnel && last.exchange.response === void 0;
  }
  beginRequest(head, startTs, headEndTs) {
    this.messagesStarted++;
    const request = {
      method: head.method,
      target: head.target,
      version: head.version,
      headers: head.headers,
      headerBytes: head.headerBytes,
      bodyBytes: 0,
      startTs,
      endTs: headEndTs,
      complete: false
    };
    const isConnect = head.method.toUpperCase() === "CONNECT";
    const pending = {
      exchange: { request, interim: [] },
      requestEnded: false,
      responseEnded: false,
      mayTunnel: isConnect || headerListValues(head.headers, "upgrade").length > 0
    };
    this.pending.push(pending);
    return {
      message: request,
      // A CONNECT request's bytes after the head belong to the tunnel.
      framing: isConnect ? { kind: "length", length: 0 } : head.framing,
      onEnd: () => {
        pending.requestEnded = true;
      }
    };
  }
  beginResponse(head, startTs, headEndTs) {
    this.messagesStarted++;
    const pending = this.pending[this.answered];
    const response = {
      status: head.status,
      reason: head.reason,
      version: head.version,
      headers: head.headers,
      headerBytes: head.headerBytes,
      bodyBytes: 0,
      startTs,
      endTs: headEndTs,
      complete: false
    };
    if (head.status >= 100 && head.status < 200 && head.status !== 101) {
      pending.exchange.interim.push(response);
      return { message: response, framing: { kind: "length", length: 0 } };
    }
    pending.exchange.response = response;
    this.answered++;
    const framing = responseFraming2(pending.exchange.request.method, head);
    if (framing.kind === "tunnel") {
      this.isTunneled = true;
      this.requests.enterTunnel();
    }
    return {
      message: response,
      framing,
      onEnd: () => {
        pending.responseEnded = true;
      }
    };
  }
};
function responseFraming2(method, head) {
  const upperMethod = method.toUpperCase();
  if (head.status === 101) return { kind: "tunnel" };
  if (upperMethod === "CONNECT" && head.status >= 200 && head.status < 300) return { kind: "tunnel" };
  if (upperMethod === "HEAD" || head.status === 204 || head.status === 304 || head.status < 200) {
    return { kind: "length", length: 0 };
  }
  return head.framing;
}

// src/protocols/hpack/huffman.ts
var HUFFMAN_CODES = [
  [8184, 13],
  [8388568, 23],
  [268435426, 28],
  [268435427, 28],
  [268435428, 28],
  [268435429, 28],
  [268435430, 28],
  [268435431, 28],
  [268435432, 28],
  [16777194, 24],
  [1073741820, 30],
  [268435433, 28],
  [268435434, 28],
  [1073741821, 30],
  [268435435, 28],
  [268435436, 28],
  [268435437, 28],
  [268435438, 28],
  [268435439, 28],
  [268435440, 28],
  [268435441, 28],
  [268435442, 28],
  [1073741822, 30],
  [268435443, 28],
  [268435444, 28],
  [268435445, 28],
  [268435446, 28],
  [268435447, 28],
  [268435448, 28],
  [268435449, 28],
  [268435450, 28],
  [268435451, 28],
  [20, 6],
  [1016, 10],
  [1017, 10],
  [4090, 12],
  [8185, 13],
  [21, 6],
  [248, 8],
  [2042, 11],
  [1018, 10],
  [1019, 10],
  [249, 8],
  [2043, 11],
  [250, 8],
  [22, 6],
  [23, 6],
  [24, 6],
  [0, 5],
  [1, 5],
  [2, 5],
  [25, 6],
  [26, 6],
  [27, 6],
  [28, 6],
  [29, 6],
  [30, 6],
  [31, 6],
  [92, 7],
  [251, 8],
  [32764, 15],
  [32, 6],
  [4091, 12],
  [1020, 10],
  [8186, 13],
  [33, 6],
  [93, 7],
  [94, 7],
  [95, 7],
  [96, 7],
  [97, 7],
  [98, 7],
  [99, 7],
  [100, 7],
  [101, 7],
  [102, 7],
  [103, 7],
  [104, 7],
  [105, 7],
  [106, 7],
  [107, 7],
  [108, 7],
  [109, 7],
  [110, 7],
  [111, 7],
  [112, 7],
  [113, 7],
  [114, 7],
  [252, 8],
  [115, 7],
  [253, 8],
  [8187, 13],
  [524272, 19],
  [8188, 13],
  [16380, 14],
  [34, 6],
  [32765, 15],
  [3, 5],
  [35, 6],
  [4, 5],
  [36, 6],
  [5, 5],
  [37, 6],
  [38, 6],
  [39, 6],
  [6, 5],
  [116, 7],
  [117, 7],
  [40, 6],
  [41, 6],
  [42, 6],
  [7, 5],
  [43, 6],
  [118, 7],
  [44, 6],
  [8, 5],
  [9, 5],
  [45, 6],
  [119, 7],
  [120, 7],
  [121, 7],
  [122, 7],
  [123, 7],
  [32766, 15],
  [2044, 11],
  [16381, 14],
  [8189, 13],
  [268435452, 28],
  [1048550, 20],
  [4194258, 22],
  [1048551, 20],
  [1048552, 20],
  [4194259, 22],
  [4194260, 22],
  [4194261, 22],
  [8388569, 23],
  [4194262, 22],
  [8388570, 23],
  [8388571, 23],
  [8388572, 23],
  [8388573, 23],
  [8388574, 23],
  [16777195, 24],
  [8388575, 23],
  [16777196, 24],
  [16777197, 24],
  [4194263, 22],
  [8388576, 23],
  [16777198, 24],
  [8388577, 23],
  [8388578, 23],
  [8388579, 23],
  [8388580, 23],
  [2097116, 21],
  [4194264, 22],
  [8388581, 23],
  [4194265, 22],
  [8388582, 23],
  [8388583, 23],
  [16777199, 24],
  [4194266, 22],
  [2097117, 21],
  [1048553, 20],
  [4194267, 22],
  [4194268, 22],
  [8388584, 23],
  [8388585, 23],
  [2097118, 21],
  [8388586, 23],
  [4194269, 22],
  [4194270, 22],
  [16777200, 24],
  [2097119, 21],
  [4194271, 22],
  [8388587, 23],
  [8388588, 23],
  [2097120, 21],
  [2097121, 21],
  [4194272, 22],
  [2097122, 21],
  [8388589, 23],
  [4194273, 22],
  [8388590, 23],
  [8388591, 23],
  [1048554, 20],
  [4194274, 22],
  [4194275, 22],
  [4194276, 22],
  [8388592, 23],
  [4194277, 22],
  [4194278, 22],
  [8388593, 23],
  [67108832, 26],
  [67108833, 26],
  [1048555, 20],
  [524273, 19],
  [4194279, 22],
  [8388594, 23],
  [4194280, 22],
  [33554412, 25],
  [67108834, 26],
  [67108835, 26],
  [67108836, 26],
  [134217694, 27],
  [134217695, 27],
  [67108837, 26],
  [16777201, 24],
  [33554413, 25],
  [524274, 19],
  [2097123, 21],
  [67108838, 26],
  [134217696, 27],
  [134217697, 27],
  [67108839, 26],
  [134217698, 27],
  [16777202, 24],
  [2097124, 21],
  [2097125, 21],
  [67108840, 26],
  [67108841, 26],
  [268435453, 28],
  [134217699, 27],
  [134217700, 27],
  [134217701, 27],
  [1048556, 20],
  [16777203, 24],
  [1048557, 20],
  [2097126, 21],
  [4194281, 22],
  [2097127, 21],
  [2097128, 21],
  [8388595, 23],
  [4194282, 22],
  [4194283, 22],
  [33554414, 25],
  [33554415, 25],
  [16777204, 24],
  [16777205, 24],
  [67108842, 26],
  [8388596, 23],
  [67108843, 26],
  [134217702, 27],
  [67108844, 26],
  [67108845, 26],
  [134217703, 27],
  [134217704, 27],
  [134217705, 27],
  [134217706, 27],
  [134217707, 27],
  [268435454, 28],
  [134217708, 27],
  [134217709, 27],
  [134217710, 27],
  [134217711, 27],
  [134217712, 27],
  [67108846, 26],
  [1073741823, 30]
];
var EOS = 256;
var LEAF = 65536;
var tree = buildTree();
function buildTree() {
  const children = new Uint32Array(2 * HUFFMAN_CODES.length);
  let nodes = 1;
  HUFFMAN_CODES.forEach(([code2, bits], symbol) => {
    let node = 0;
    for (let bit = bits - 1; bit >= 0; bit--) {
      const slot = 2 * node + (code2 >>> bit & 1);
      if (bit === 0) {
        children[slot] = LEAF | symbol;
      } else {
        if (children[slot] === 0) children[slot] = nodes++;
        node = children[slot];
      }
    }
  });
  return children;
}
function huffmanDecode(input) {
  const output = Buffer.allocUnsafe(Math.ceil(input.length * 8 / 5));
  let written = 0;
  let node = 0;
  let pendingBits = 0;
  let pendingAllOnes = true;
  for (const byte of input) {
    for (let bit = 7; bit >= 0; bit--) {
      const one = byte >>> bit & 1;
      const next = tree[2 * node + one];
      if (next === 0) return null;
      if (next & LEAF) {
        const symbol = next & 65535;
        if (symbol === EOS) return null;
        output[written++] = symbol;
        node = 0;
        pendingBits = 0;
        pendingAllOnes = true;
      } else {
        node = next;
        pendingBits++;
        pendingAllOnes &&= one === 1;
      }
    }
  }
  if (pendingBits > 7 || !pendingAllOnes) return null;
  return output.subarray(0, written);
}

// src/protocols/hpack/static-table.ts
var STATIC_TABLE = [
  [":authority", ""],
  [":method", "GET"],
  [":method", "POST"],
  [":path", "/"],
  [":path", "/index.html"],
  [":scheme", "http"],
  [":scheme", "https"],
  [":status", "200"],
  [":status", "204"],
  [":status", "206"],
  [":status", "304"],
  [":status", "400"],
  [":status", "404"],
  [":status", "500"],
  ["accept-charset", ""],
  ["accept-encoding", "gzip, deflate"],
  ["accept-language", ""],
  ["accept-ranges", ""],
  ["accept", ""],
  ["access-control-allow-origin", ""],
  ["age", ""],
  ["allow", ""],
  ["authorization", ""],
  ["cache-control", ""],
  ["content-disposition", ""],
  ["content-encoding", ""],
  ["content-language", ""],
  ["content-length", ""],
  ["content-location", ""],
  ["content-range", ""],
  ["content-type", ""],
  ["cookie", ""],
  ["date", ""],
  ["etag", ""],
  ["expect", ""],
  ["expires", ""],
  ["from", ""],
  ["host", ""],
  ["if-match", ""],
  ["if-modified-since", ""],
  ["if-none-match", ""],
  ["if-range", ""],
  ["if-unmodified-since", ""],
  ["last-modified", ""],
  ["link", ""],
  ["location", ""],
  ["max-forwards", ""],
  ["proxy-authenticate", ""],
  ["proxy-authorization", ""],
  ["range", ""],
  ["referer", ""],
  ["refresh", ""],
  ["retry-after", ""],
  ["server", ""],
  ["set-cookie", ""],
  ["strict-transport-security", ""],
  ["transfer-encoding", ""],
  ["user-agent", ""],
  ["vary", ""],
  ["via", ""],
  ["www-authenticate", ""]
];

// src/protocols/hpack/decoder.ts
var ENTRY_OVERHEAD = 32;
var DEFAULT_HEADER_TABLE_SIZE = 4096;
var DEFAULT_MAX_HEADER_LIST_SIZE = 256 * 1024;
var MAX_TRACKED_TABLE_SIZE = 1024 * 1024;
var MAX_INTEGER = 2 ** 32 - 1;
var HpackError = class extends Error {
};
var HpackDecoder = class {
  /** Oldest first; entries before `oldest` are evicted and wait for compaction. */
  slots = [];
  oldest = 0;
  size = 0;
  maxSize;
  limit;
  maxHeaderListSize;
  known = true;
  constructor(options = {}) {
    this.limit = Math.min(options.tableSizeLimit ?? DEFAULT_HEADER_TABLE_SIZE, MAX_TRACKED_TABLE_SIZE);
    this.maxSize = this.limit;
    this.maxHeaderListSize = options.maxHeaderListSize ?? DEFAULT_MAX_HEADER_LIST_SIZE;
  }
  /** False while entries older than the ones we hold may exist (see the file comment). */
  get synced() {
    return this.known;
  }
  /** Dynamic table, newest first (index 62 first), unknown names as undefined. */
  get dynamicTable() {
    const table = [];
    for (let i = this.slots.length - 1; i >= this.oldest; i--) table.push([this.slots[i].name, this.slots[i].value]);
    return table;
  }
  get tableSize() {
    return this.size;
  }
  /** Applies the decoding side's SETTINGS_HEADER_TABLE_SIZE. */
  setTableSizeLimit(limit) {
    this.limit = Math.min(limit, MAX_TRACKED_TABLE_SIZE);
  }
  /** Forgets the table: call when header block bytes were lost. */
  desync() {
    this.slots = [];
    this.oldest = 0;
    this.size = 0;
    this.maxSize = this.limit;
    this.known = false;
  }
  decode(block) {
    try {
      return this.decodeBlock(new BlockReader(block));
    } catch (error) {
      if (!(error instanceof HpackError)) throw error;
      this.desync();
      return { kind: "error", reason: error.message };
    }
  }
  decodeBlock(reader) {
    const headers = [];
    let unknownFields = 0;
    let listSize = 0;
    let sawField = false;
    const emit = (name, value) => {
      sawField = true;
      if (name === void 0 || value === void 0) {
        unknownFields++;
        return;
      }
      listSize += name.length + value.length + ENTRY_OVERHEAD;
      if (listSize <= this.maxHeaderListSize) headers.push([name, value]);
    };
    while (!reader.done) {
      const first = reader.peek();
      if (first & 128) {
        const index = reader.readInteger(7);
        if (index === 0) throw new HpackError("indexed field with index 0");
        const entry = this.lookup(index);
        emit(entry?.name, entry?.value);
      } else if (first & 64) {
        const name = this.readName(reader, 6);
        const value = reader.readString();
        this.insert(name, value);
        emit(name, value);
      } else if (first & 32) {
        if (sawField) throw new HpackError("table size update after a field");
        this.resize(reader.readInteger(5));
      } else {
        const name = this.readName(reader, 4);
        emit(name, reader.readString());
      }
    }
    if (listSize > this.maxHeaderListSize) return { kind: "tooLarge" };
    return { kind: "headers", headers, unknownFields };
  }
  readName(reader, prefixBits) {
    const index = reader.readInteger(prefixBits);
    if (index === 0) return reader.readString();
    const entry = this.lookup(index);
    return entry === void 0 ? void 0 : entry.name;
  }
  /** The entry at a 1-based HPACK index; undefined when it is one we never saw. */
  lookup(index) {
    if (index <= STATIC_TABLE.length) {
      const [name, value] = STATIC_TABLE[index - 1];
      return { name, value };
    }
    const position = this.slots.length - (index - STATIC_TABLE.length);
    if (position >= this.oldest) return this.slots[position];
    if (this.known) throw new HpackError(`index ${index} beyond the table`);
    return void 0;
  }
  insert(name, value) {
    const entry = { name, value, size: (name?.length ?? 0) + value.length + ENTRY_OVERHEAD };
    this.evictTo(this.maxSize - entry.size);
    if (entry.size > this.maxSize) {
      this.known = true;
      return;
    }
    this.slots.push(entry);
    this.size += entry.size;
    this.markKnownIfFull();
  }
  resize(maxSize) {
    if (maxSize > this.limit) throw new HpackError(`table size update ${maxSize} above limit ${this.limit}`);
    this.maxSize = maxSize;
    this.evictTo(maxSize);
    if (maxSize === 0) this.known = true;
    this.markKnownIfFull();
  }
  evictTo(targetSize) {
    while (this.size > targetSize && this.oldest < this.slots.length) {
      this.size -= this.slots[this.oldest].size;
      this.oldest++;
    }
    if (this.oldest > 64 && this.oldest * 2 > this.slots.length) {
      this.slots = this.slots.slice(this.oldest);
      this.oldest = 0;
    }
  }
  /** Entries we do not know can only remain if one more (at least 32 bytes) would still fit. */
  markKnownIfFull() {
    if (!this.known && this.size + ENTRY_OVERHEAD > this.maxSize) this.known = true;
  }
};
var BlockReader = class {
  position = 0;
  bytes;
  constructor(block) {
    this.bytes = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
  }
  get done() {
    return this.position >= this.bytes.length;
  }
  peek() {
    return this.bytes[this.position];
  }
  /** RFC 7541 5.1, refusing values above 2^32-1 and overlong encodings. */
  readInteger(prefixBits) {
    if (this.done) throw new HpackError("truncated integer");
    const mask = (1 << prefixBits) - 1;
    let value = this.bytes[this.position++] & mask;
    if (value < mask) return value;
    for (let shift = 0; ; shift += 7) {
      if (this.done) throw new HpackError("truncated integer");
      if (shift > 28) throw new HpackError("integer too long");
      const byte = this.bytes[this.position++];
      value += (byte & 127) * 2 ** shift;
      if (value > MAX_INTEGER) throw new HpackError("integer overflow");
      if (!(byte & 128)) return value;
    }
  }
  /** RFC 7541 5.2. Octets map one-to-one to characters (latin1), so nothing is lost. */
  readString() {
    if (this.done) throw new HpackError("truncated string");
    const huffman = (this.peek() & 128) !== 0;
    const length = this.readInteger(7);
    if (length > this.bytes.length - this.position) throw new HpackError("string beyond the block");
    const raw = this.bytes.subarray(this.position, this.position + length);
    this.position += length;
    if (!huffman) return raw.toString("latin1");
    const decoded = huffmanDecode(raw);
    if (decoded === null) throw new HpackError("invalid Huffman string");
    return decoded.toString("latin1");
  }
};

// src/protocols/http2/frames.ts
var FRAME_HEADER_SIZE = 9;
var CLIENT_PREFACE = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "latin1");
var DEFAULT_MAX_FRAME_SIZE = 16384;
var FrameType = {
  DATA: 0,
  HEADERS: 1,
  PRIORITY: 2,
  RST_STREAM: 3,
  SETTINGS: 4,
  PUSH_PROMISE: 5,
  PING: 6,
  GOAWAY: 7,
  WINDOW_UPDATE: 8,
  CONTINUATION: 9
};
var FrameFlag = {
  END_STREAM: 1,
  ACK: 1,
  END_HEADERS: 4,
  PADDED: 8,
  PRIORITY: 32
};
var SettingId = {
  HEADER_TABLE_SIZE: 1
};
var DEFINED_FLAGS = {
  [FrameType.DATA]: FrameFlag.END_STREAM | FrameFlag.PADDED,
  [FrameType.HEADERS]: FrameFlag.END_STREAM | FrameFlag.END_HEADERS | FrameFlag.PADDED | FrameFlag.PRIORITY,
  [FrameType.PRIORITY]: 0,
  [FrameType.RST_STREAM]: 0,
  [FrameType.SETTINGS]: FrameFlag.ACK,
  [FrameType.PUSH_PROMISE]: FrameFlag.END_HEADERS | FrameFlag.PADDED,
  [FrameType.PING]: FrameFlag.ACK,
  [FrameType.GOAWAY]: 0,
  [FrameType.WINDOW_UPDATE]: 0,
  [FrameType.CONTINUATION]: FrameFlag.END_HEADERS
};
function readFrameHeader(bytes, offset = 0) {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset + offset, FRAME_HEADER_SIZE);
  const streamWord = view.readUInt32BE(5);
  return {
    length: view.readUIntBE(0, 3),
    type: view[3],
    flags: view[4],
    streamId: streamWord & 2147483647,
    reserved: streamWord >>> 31 === 1
  };
}
function frameHeaderProblem(header2) {
  const { type, length, streamId, flags } = header2;
  switch (type) {
    case FrameType.DATA:
    case FrameType.HEADERS:
    case FrameType.PRIORITY:
    case FrameType.RST_STREAM:
    case FrameType.PUSH_PROMISE:
    case FrameType.CONTINUATION:
      if (streamId === 0) return `frame type ${type} on stream 0`;
      break;
    case FrameType.SETTINGS:
    case FrameType.PING:
    case FrameType.GOAWAY:
      if (streamId !== 0) return `frame type ${type} on stream ${streamId}`;
      break;
  }
  const fixedLength = {
    [FrameType.PRIORITY]: 5,
    [FrameType.RST_STREAM]: 4,
    [FrameType.PING]: 8,
    [FrameType.WINDOW_UPDATE]: 4
  };
  const expected = fixedLength[type];
  if (expected !== void 0 && length !== expected) return `frame type ${type} of length ${length}`;
  if (type === FrameType.SETTINGS && (length % 6 !== 0 || flags & FrameFlag.ACK && length !== 0)) {
    return `SETTINGS of length ${length}`;
  }
  if (type === FrameType.GOAWAY && length < 8) return `GOAWAY of length ${length}`;
  return void 0;
}
function looksLikeRealFrame(header2) {
  const defined = DEFINED_FLAGS[header2.type];
  return defined !== void 0 && (header2.flags & ~defined) === 0 && !header2.reserved && header2.length <= DEFAULT_MAX_FRAME_SIZE && frameHeaderProblem(header2) === void 0;
}

// src/protocols/http2/frame-reader.ts
var MAX_HEADER_BLOCK_SIZE = 256 * 1024;
var MAX_SETTINGS_PAYLOAD = 6 * 64;
var FrameReader = class {
  constructor(sink, expectPreface) {
    this.sink = sink;
    this.state = expectPreface ? { kind: "preface", matched: 0 } : { kind: "header", filled: 0 };
  }
  sink;
  state;
  headerBytes = Buffer.alloc(FRAME_HEADER_SIZE);
  headerStartTs = 0;
  kept = [];
  keptLength = 0;
  /** Bytes waiting to be scanned while resyncing; bounded by one frame plus two headers. */
  resyncBuffer = Buffer.alloc(0);
  /** Bytes held between calls: kept payload of the current frame and bytes waiting to be resynced. */
  get bufferedBytes() {
    return this.keptLength + this.resyncBuffer.length;
  }
  push(data, ts) {
    let rest = data;
    while (rest !== void 0) rest = this.consume(rest, ts);
  }
  /** Reads `data`; returns the bytes to read next when a resync found frames again. */
  consume(data, ts) {
    let offset = 0;
    while (offset < data.length) {
      const state = this.state;
      switch (state.kind) {
        case "preface": {
          const take = Math.min(CLIENT_PREFACE.length - state.matched, data.length - offset);
          const expected = CLIENT_PREFACE.subarray(state.matched, state.matched + take);
          if (!data.subarray(offset, offset + take).equals(expected)) {
            this.loseSync("invalid");
            break;
          }
          offset += take;
          state.matched += take;
          if (state.matched === CLIENT_PREFACE.length) this.state = { kind: "header", filled: 0 };
          break;
        }
        case "header": {
          if (state.filled === 0) this.headerStartTs = ts;
          const take = Math.min(FRAME_HEADER_SIZE - state.filled, data.length - offset);
          data.copy(this.headerBytes, state.filled, offset, offset + take);
          offset += take;
          state.filled += take;
          if (state.filled === FRAME_HEADER_SIZE) this.beginFrame(readFrameHeader(this.headerBytes), ts);
          break;
        }
        case "payload": {
          const take = Math.min(state.remaining, data.length - offset);
          const keepNow = Math.min(take, state.keep - this.keptLength);
          if (keepNow > 0) {
            this.kept.push(Buffer.from(data.subarray(offset, offset + keepNow)));
            this.keptLength += keepNow;
          }
          offset += take;
          state.remaining -= take;
          if (state.remaining === 0) this.endFrame(state, ts);
          break;
        }
        case "resync":
          this.resyncBuffer = Buffer.concat([this.resyncBuffer, data.subarray(offset)]);
          return this.scanForFrames();
      }
    }
    return void 0;
  }
  gap(bytes, ts) {
    let left = bytes;
    while (left > 0) {
      const state = this.state;
      switch (state.kind) {
        case "preface": {
          const skip = Math.min(left, CLIENT_PREFACE.length - state.matched);
          state.matched += skip;
          left -= skip;
          if (state.matched === CLIENT_PREFACE.length) this.state = { kind: "header", filled: 0 };
          break;
        }
        case "header":
          this.loseSync("gap");
          return;
        case "payload": {
          const skip = Math.min(left, state.remaining);
          if (this.keptLength < state.keep) state.intact = false;
          state.remaining -= skip;
          left -= skip;
          if (state.remaining === 0) this.endFrame(state, ts);
          break;
        }
        case "resync":
          this.resyncBuffer = Buffer.alloc(0);
          return;
      }
    }
  }
  beginFrame(header2, ts) {
    if (frameHeaderProblem(header2) !== void 0) {
      this.loseSync("invalid");
      return;
    }
    const keep = bytesToKeep(header2);
    const state = {
      kind: "payload",
      header: header2,
      remaining: header2.length,
      keep: Math.min(keep, header2.length),
      intact: keep <= MAX_HEADER_BLOCK_SIZE,
      startTs: this.headerStartTs
    };
    if (!state.intact) state.keep = 0;
    this.state = state;
    if (header2.length === 0) this.endFrame(state, ts);
  }
  endFrame(state, ts) {
    const payload = Buffer.concat(this.kept, this.keptLength);
    this.kept = [];
    this.keptLength = 0;
    this.state = { kind: "header", filled: 0 };
    this.sink.frame({ header: state.header, payload, intact: state.intact, startTs: state.startTs, endTs: ts });
  }
  loseSync(cause) {
    this.kept = [];
    this.keptLength = 0;
    this.resyncBuffer = Buffer.alloc(0);
    this.state = { kind: "resync" };
    this.sink.syncLost(cause);
  }
  /** Looks for two chained plausible frame headers; returns the bytes from the first one on. */
  scanForFrames() {
    const buffer = this.resyncBuffer;
    let position = 0;
    for (; position + FRAME_HEADER_SIZE <= buffer.length; position++) {
      const first = readFrameHeader(buffer, position);
      if (!this.resyncCandidate(first)) continue;
      const next = position + FRAME_HEADER_SIZE + first.length;
      if (next + FRAME_HEADER_SIZE > buffer.length) break;
      if (!this.resyncCandidate(readFrameHeader(buffer, next))) continue;
      this.resyncBuffer = Buffer.alloc(0);
      this.state = { kind: "header", filled: 0 };
      return buffer.subarray(position);
    }
    this.resyncBuffer = Buffer.from(buffer.subarray(position));
    return void 0;
  }
  resyncCandidate(header2) {
    return header2.type !== FrameType.CONTINUATION && looksLikeRealFrame(header2) && this.sink.plausible(header2);
  }
};
function bytesToKeep(header2) {
  switch (header2.type) {
    case FrameType.DATA:
      return header2.flags & FrameFlag.PADDED ? 1 : 0;
    case FrameType.HEADERS:
    case FrameType.PUSH_PROMISE:
    case FrameType.CONTINUATION:
      return header2.length;
    case FrameType.SETTINGS:
      return Math.min(header2.length, MAX_SETTINGS_PAYLOAD);
    case FrameType.RST_STREAM:
      return 4;
    case FrameType.GOAWAY:
      return 8;
    default:
      return 0;
  }
}

// src/protocols/http2/connection.ts
var MAX_OPEN_STREAMS = 4096;
var MAX_STREAM_ID_JUMP = 2e3;
var Http2Connection = class {
  stats = { frames: 0, invalidFrames: 0, hpackErrors: 0, gaps: 0 };
  lastGoaway;
  client;
  server;
  open = /* @__PURE__ */ new Map();
  finished = [];
  highestClientStream = 0;
  closed = false;
  constructor() {
    this.client = { reader: new FrameReader(this.sinkFor("client"), true), decoder: new HpackDecoder() };
    this.server = { reader: new FrameReader(this.sinkFor("server"), false), decoder: new HpackDecoder() };
  }
  get goaway() {
    return this.lastGoaway;
  }
  /** Bytes held between calls (partial frames, header blocks, resync window); bounded. */
  get bufferedBytes() {
    let total = 0;
    for (const direction of [this.client, this.server]) total += direction.reader.bufferedBytes + (direction.block?.size ?? 0);
    return total;
  }
  pushClient(data, ts) {
    if (!this.closed) this.client.reader.push(data, ts);
  }
  pushServer(data, ts) {
    if (!this.closed) this.server.reader.push(data, ts);
  }
  clientGap(bytes, ts) {
    this.gap(this.client, bytes, ts);
  }
  serverGap(bytes, ts) {
    this.gap(this.server, bytes, ts);
  }
  close(_ts) {
    this.closed = true;
    for (const open of [...this.open.values()]) this.finish(open);
  }
  drain() {
    const drained = this.finished;
    this.finished = [];
    return drained;
  }
  gap(direction, bytes, ts) {
    if (this.closed || !Number.isFinite(bytes) || bytes <= 0) return;
    this.stats.gaps++;
    direction.reader.gap(Math.ceil(bytes), ts);
  }
  sinkFor(side) {
    return {
      frame: (frame) => this.onFrame(side, frame),
      syncLost: (cause) => this.onSyncLost(side, cause),
      plausible: (header2) => this.plausible(side, header2)
    };
  }
  direction(side) {
    return side === "client" ? this.client : this.server;
  }
  onSyncLost(side, cause) {
    if (cause === "invalid") this.stats.invalidFrames++;
    const direction = this.direction(side);
    this.abandonBlock(side);
    direction.decoder.desync();
    for (const open of this.open.values()) {
      const message = side === "client" ? open.exchange.request : open.exchange.response;
      if (!message?.ended) open.damaged = true;
    }
  }
  /** Whether a frame seen while resyncing fits what this connection could carry now. */
  plausible(side, header2) {
    if (header2.streamId === 0) return true;
    const known = this.open.has(header2.streamId);
    switch (header2.type) {
      case FrameType.HEADERS:
        if (known || side === "server") return known;
        return header2.streamId % 2 === 1 && header2.streamId > this.highestClientStream && header2.streamId <= this.highestClientStream + MAX_STREAM_ID_JUMP;
      case FrameType.PUSH_PROMISE:
        return side === "server" && known;
      default:
        return known;
    }
  }
  onFrame(side, frame) {
    this.stats.frames++;
    const direction = this.direction(side);
    const { header: header2 } = frame;
    if (direction.block !== void 0 && (header2.type !== FrameType.CONTINUATION || header2.streamId !== direction.block.streamId)) {
      this.stats.invalidFrames++;
      this.abandonBlock(side);
      if (header2.type === FrameType.CONTINUATION) return;
    }
    switch (header2.type) {
      case FrameType.DATA:
        this.onData(side, frame);
        break;
      case FrameType.HEADERS:
        this.onHeaders(side, frame);
        break;
      case FrameType.PUSH_PROMISE:
        this.onPushPromise(side, frame);
        break;
      case FrameType.CONTINUATION:
        this.onContinuation(side, frame);
        break;
      case FrameType.RST_STREAM:
        this.onReset(side, frame);
        break;
      case FrameType.SETTINGS:
        this.onSettings(side, frame);
        break;
      case FrameType.GOAWAY:
        this.onGoaway(side, frame);
        break;
    }
  }
  onData(side, frame) {
    const { header: header2, payload } = frame;
    let bodyBytes = header2.length;
    if (header2.flags & FrameFlag.PADDED) {
      const padLength = payload[0];
      if (!frame.intact) {
        bodyBytes = header2.length - 1;
      } else if (padLength === void 0 || padLength >= header2.length) {
        this.stats.invalidFrames++;
        bodyBytes = 0;
      } else {
        bodyBytes = header2.length - 1 - padLength;
      }
    }
    const open = this.open.get(header2.streamId);
    if (open === void 0) return;
    const message = side === "client" ? open.exchange.request : this.responseOf(open, frame.startTs);
    message.bodyBytes += bodyBytes;
    message.endTs = frame.endTs;
    if (header2.flags & FrameFlag.END_STREAM) this.endMessage(open, side, frame.endTs);
  }
  onHeaders(side, frame) {
    const prefix = frame.header.flags & FrameFlag.PRIORITY ? 5 : 0;
    this.beginBlock(side, frame, this.fragmentOf(frame, prefix), false);
  }
  onPushPromise(side, frame) {
    if (side === "client") {
      this.stats.invalidFrames++;
    }
    this.beginBlock(side, frame, this.fragmentOf(frame, 4), true);
  }
  /** The header block fragment after the pad length and `prefix` bytes, before the padding. */
  fragmentOf(frame, prefix) {
    const { header: header2, payload } = frame;
    if (!frame.intact) return void 0;
    const padded = (header2.flags & FrameFlag.PADDED) !== 0;
    const padLength = padded ? payload[0] ?? 0 : 0;
    const start = (padded ? 1 : 0) + prefix;
    const end = payload.length - padLength;
    if (start > end) {
      this.stats.invalidFrames++;
      return void 0;
    }
    return payload.subarray(start, end);
  }
  beginBlock(side, frame, fragment, push) {
    const { header: header2 } = frame;
    if (header2.length > MAX_HEADER_BLOCK_SIZE) this.stats.invalidFrames++;
    const block = {
      streamId: header2.streamId,
      push,
      endStream: (header2.flags & FrameFlag.END_STREAM) !== 0,
      fragments: fragment === void 0 ? [] : [fragment],
      size: fragment?.length ?? 0,
      intact: fragment !== void 0,
      wireBytes: FRAME_HEADER_SIZE + header2.length,
      startTs: frame.startTs
    };
    this.direction(side).block = block;
    if (header2.flags & FrameFlag.END_HEADERS) this.endBlock(side, frame.endTs);
  }
  onContinuation(side, frame) {
    const block = this.direction(side).block;
    if (block === void 0) {
      this.stats.invalidFrames++;
      return;
    }
    const { header: header2, payload } = frame;
    block.wireBytes += FRAME_HEADER_SIZE + header2.length;
    if (block.size + header2.length > MAX_HEADER_BLOCK_SIZE) {
      this.stats.invalidFrames++;
      block.intact = false;
    }
    if (!frame.intact) block.intact = false;
    if (block.intact) {
      block.fragments.push(payload);
      block.size += payload.length;
    } else {
      block.fragments = [];
    }
    if (header2.flags & FrameFlag.END_HEADERS) this.endBlock(side, frame.endTs);
  }
  /** Gives up on an unfinished header block: its message is recorded without its fields. */
  abandonBlock(side) {
    const direction = this.direction(side);
    const block = direction.block;
    if (block === void 0) return;
    block.intact = false;
    this.endBlock(side, block.startTs);
  }
  endBlock(side, ts) {
    const direction = this.direction(side);
    const block = direction.block;
    direction.block = void 0;
    let result;
    if (block.intact) {
      result = direction.decoder.decode(Buffer.concat(block.fragments, block.size));
      if (result.kind === "error") this.stats.hpackErrors++;
    } else {
      direction.decoder.desync();
    }
    if (block.push) return;
    if (side === "client") this.onRequestBlock(block, result, ts);
    else this.onResponseBlock(block, result, ts);
  }
  onRequestBlock(block, result, ts) {
    const open = this.open.get(block.streamId) ?? this.openNewStream(block.streamId, block.startTs);
    if (open === void 0) return;
    const { fields, known } = fieldsOf(result);
    if (!known) open.damaged = true;
    const request = open.exchange.request;
    request.headerBytes += block.wireBytes;
    request.endTs = ts;
    const method = fieldValue(fields, ":method");
    if (method !== void 0 && !open.requestHeadersSeen) {
      open.requestHeadersSeen = true;
      request.headers = regularFields(fields);
      request.method = method;
      request.scheme = fieldValue(fields, ":scheme") ?? "";
      request.authority = fieldValue(fields, ":authority") ?? fieldValue(fields, "host") ?? "";
      request.path = fieldValue(fields, ":path") ?? "";
    } else if (method === void 0 && known) {
      request.trailers = fields;
    } else {
      open.damaged = true;
    }
    if (block.endStream) this.endMessage(open, "client", ts);
  }
  onResponseBlock(block, result, ts) {
    let open = this.open.get(block.streamId);
    if (open === void 0) {
      open = this.openNewStream(block.streamId, block.startTs);
      if (open === void 0) return;
      open.damaged = true;
    }
    const { fields, known } = fieldsOf(result);
    if (!known) open.damaged = true;
    const response = this.responseOf(open, block.startTs);
    response.headerBytes += block.wireBytes;
    response.endTs = ts;
    const statusText = fieldValue(fields, ":status");
    if (statusText !== void 0 && !open.finalResponseSeen) {
      const status = /^\d{3}$/.test(statusText) ? Number(statusText) : 0;
      if (status < 100 || status > 199) {
        open.finalResponseSeen = true;
        response.status = status;
        response.headers = regularFields(fields);
      }
    } else if (statusText === void 0 && known) {
      response.trailers = fields;
    } else {
      open.damaged = true;
    }
    if (block.endStream) this.endMessage(open, "server", ts);
  }
  /** A new client stream; undefined for ids that cannot start one (server-initiated, or already closed). */
  openNewStream(streamId, ts) {
    if (streamId % 2 === 0 || streamId <= this.highestClientStream) return void 0;
    this.highestClientStream = streamId;
    if (this.open.size >= MAX_OPEN_STREAMS) this.finish(this.open.values().next().value);
    const open = {
      exchange: {
        streamId,
        request: { ...emptyMessage(ts), method: "", scheme: "", authority: "", path: "" },
        complete: false
      },
      requestHeadersSeen: false,
      finalResponseSeen: false,
      damaged: false
    };
    this.open.set(streamId, open);
    return open;
  }
  responseOf(open, ts) {
    open.exchange.response ??= { ...emptyMessage(ts), status: 0 };
    return open.exchange.response;
  }
  endMessage(open, side, ts) {
    const { request } = open.exchange;
    const message = side === "client" ? request : this.responseOf(open, ts);
    message.ended = true;
    message.endTs = ts;
    if (request.ended && open.exchange.response?.ended) this.finish(open);
  }
  onReset(side, frame) {
    const open = this.open.get(frame.header.streamId);
    if (open === void 0 || frame.payload.length < 4) return;
    open.exchange.reset = { errorCode: frame.payload.readUInt32BE(0), by: side };
    this.finish(open);
  }
  onSettings(side, frame) {
    if (frame.header.flags & FrameFlag.ACK) return;
    const { payload } = frame;
    for (let offset = 0; offset + 6 <= payload.length; offset += 6) {
      if (payload.readUInt16BE(offset) === SettingId.HEADER_TABLE_SIZE) {
        this.direction(side === "client" ? "server" : "client").decoder.setTableSizeLimit(
          payload.readUInt32BE(offset + 2)
        );
      }
    }
  }
  onGoaway(side, frame) {
    if (frame.payload.length < 8) return;
    const lastStreamId = frame.payload.readUInt32BE(0) & 2147483647;
    this.lastGoaway = { lastStreamId, errorCode: frame.payload.readUInt32BE(4) };
    if (side === "client") return;
    for (const open of [...this.open.values()]) {
      if (open.exchange.streamId > lastStreamId) this.finish(open);
    }
  }
  finish(open) {
    const { exchange } = open;
    this.open.delete(exchange.streamId);
    const endedCleanly = exchange.reset === void 0 ? exchange.request.ended : exchange.reset.errorCode === 0;
    exchange.complete = !open.damaged && open.requestHeadersSeen && open.finalResponseSeen && isWellFormed(exchange) && exchange.response?.ended === true && endedCleanly;
    const contentType = exchange.request.headers.find(([name]) => name === "content-type")?.[1];
    if (contentType?.startsWith("application/grpc")) exchange.grpc = grpcInfo(exchange);
    this.finished.push(exchange);
  }
};
function isWellFormed({ request, response }) {
  const target = request.method === "CONNECT" ? request.authority : request.path && request.scheme;
  return request.method !== "" && target !== "" && response !== void 0 && response.status >= 200 && response.status <= 599;
}
function emptyMessage(ts) {
  return { headers: [], trailers: [], headerBytes: 0, bodyBytes: 0, startTs: ts, endTs: ts, ended: false };
}
function fieldsOf(result) {
  if (result?.kind !== "headers") return { fields: [], known: false };
  return { fields: result.headers, known: result.unknownFields === 0 };
}
function fieldValue(fields, name) {
  return fields.find(([fieldName]) => fieldName === name)?.[1];
}
function regularFields(fields) {
  return fields.filter(([name]) => !name.startsWith(":"));
}
function grpcInfo(exchange) {
  const match = /^\/([^/]+)\/([^/?]+)$/.exec(exchange.request.path);
  const info = { service: match?.[1] ?? "", method: match?.[2] ?? "" };
  const response = exchange.response;
  if (response === void 0) return info;
  const statusText = fieldValue(response.trailers, "grpc-status") ?? fieldValue(response.headers, "grpc-status");
  if (statusText !== void 0 && /^\d{1,9}$/.test(statusText)) info.status = Number(statusText);
  const message = fieldValue(response.trailers, "grpc-message") ?? fieldValue(response.headers, "grpc-message");
  if (message !== void 0) info.message = percentDecode(message);
  return info;
}
function percentDecode(text) {
  const bytes = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === "%" && /^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(text.charCodeAt(i) & 255);
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

// src/protocols/tls/parse.ts
var RECORD_HEADER_BYTES = 5;
var CONTENT_TYPE_HANDSHAKE = 22;
var MAX_RECORD_PAYLOAD = 1 << 14;
var HANDSHAKE_HEADER_BYTES = 4;
var HANDSHAKE_CLIENT_HELLO = 1;
var MAX_HELLO_BYTES = 1 << 16;
var EXTENSION_SERVER_NAME = 0;
var EXTENSION_ALPN = 16;
var EXTENSION_SUPPORTED_VERSIONS = 43;
var SERVER_NAME_HOST = 0;
var invalid2 = (reason) => ({ kind: "invalid", reason });
function parseClientHello(buf) {
  const fragments = [];
  let handshakeBytes = 0;
  let offset = 0;
  for (; ; ) {
    if (buf.length - offset < RECORD_HEADER_BYTES) {
      return recordHeaderPrefixProblem(buf.subarray(offset)) ?? { kind: "needMore" };
    }
    const problem = recordHeaderProblem(buf, offset);
    if (problem !== void 0) return invalid2(problem);
    const payloadLength = buf.readUInt16BE(offset + 3);
    const payloadStart = offset + RECORD_HEADER_BYTES;
    const available = buf.subarray(payloadStart, Math.min(buf.length, payloadStart + payloadLength));
    fragments.push(available);
    handshakeBytes += available.length;
    const handshake = fragments.length === 1 ? available : Buffer.concat(fragments, handshakeBytes);
    if (handshake.length >= 1 && handshake[0] !== HANDSHAKE_CLIENT_HELLO) return invalid2("not a ClientHello");
    if (handshake.length >= HANDSHAKE_HEADER_BYTES) {
      const helloLength = handshake.readUIntBE(1, 3);
      if (helloLength > MAX_HELLO_BYTES) return invalid2("ClientHello too large");
      if (handshake.length >= HANDSHAKE_HEADER_BYTES + helloLength) {
        const body = handshake.subarray(HANDSHAKE_HEADER_BYTES, HANDSHAKE_HEADER_BYTES + helloLength);
        const hello = parseHelloBody(body);
        if (typeof hello === "string") return invalid2(hello);
        return { kind: "frame", frame: hello, consumed: Math.min(buf.length, payloadStart + payloadLength) };
      }
    }
    if (available.length < payloadLength) return { kind: "needMore" };
    offset = payloadStart + payloadLength;
  }
}
function recordHeaderProblem(buf, offset) {
  if (buf[offset] !== CONTENT_TYPE_HANDSHAKE) return "not a TLS handshake record";
  if (buf[offset + 1] !== 3 || (buf[offset + 2] ?? 255) > 4) return "unknown TLS record version";
  const length = buf.readUInt16BE(offset + 3);
  if (length === 0 || length > MAX_RECORD_PAYLOAD) return "bad TLS record length";
  return void 0;
}
function recordHeaderPrefixProblem(prefix) {
  if (prefix.length >= 1 && prefix[0] !== CONTENT_TYPE_HANDSHAKE)
    return invalid2("not a TLS handshake record");
  if (prefix.length >= 2 && prefix[1] !== 3) return invalid2("unknown TLS record version");
  if (prefix.length >= 3 && (prefix[2] ?? 255) > 4) return invalid2("unknown TLS record version");
  return void 0;
}
var Reader = class _Reader {
  constructor(bytes) {
    this.bytes = bytes;
  }
  bytes;
  offset = 0;
  malformed = false;
  get remaining() {
    return this.bytes.length - this.offset;
  }
  uint(width) {
    if (this.remaining < width) {
      this.malformed = true;
      this.offset = this.bytes.length;
      return 0;
    }
    const value = this.bytes.readUIntBE(this.offset, width);
    this.offset += width;
    return value;
  }
  take(length) {
    if (this.remaining < length) {
      this.malformed = true;
      this.offset = this.bytes.length;
      return Buffer.alloc(0);
    }
    const slice = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }
  /** A vector with a `width`-byte length prefix, as a Reader of its own. */
  vector(width) {
    const vector = new _Reader(this.take(this.uint(width)));
    vector.malformed = this.malformed;
    return vector;
  }
};
function parseHelloBody(body) {
  const reader = new Reader(body);
  const legacyVersion = reader.uint(2);
  reader.take(32);
  reader.vector(1);
  reader.vector(2);
  reader.vector(1);
  if (reader.malformed) return "truncated ClientHello";
  const hello = { legacyVersion, alpn: [], supportedVersions: [] };
  if (reader.remaining === 0) return hello;
  const extensions = reader.vector(2);
  if (reader.malformed || reader.remaining !== 0) return "bad extensions length";
  while (extensions.remaining > 0) {
    const type = extensions.uint(2);
    const data = extensions.vector(2);
    if (data.malformed) return "truncated extension";
    const problem = readExtension(type, data, hello);
    if (problem !== void 0) return problem;
  }
  return hello;
}
function readExtension(type, data, hello) {
  switch (type) {
    case EXTENSION_SERVER_NAME: {
      const names = data.vector(2);
      while (names.remaining > 0) {
        const nameType = names.uint(1);
        const name = names.vector(2);
        const nameBytes = name.take(name.remaining);
        if (nameType === SERVER_NAME_HOST && hello.sni === void 0)
          hello.sni = nameBytes.toString("latin1");
      }
      return names.malformed || data.remaining !== 0 ? "bad server_name extension" : void 0;
    }
    case EXTENSION_ALPN: {
      const protocols = data.vector(2);
      while (protocols.remaining > 0) {
        const protocol = protocols.vector(1);
        const name = protocol.take(protocol.remaining);
        if (!isGreaseAlpn(name)) hello.alpn.push(name.toString("latin1"));
      }
      return protocols.malformed || data.remaining !== 0 ? "bad ALPN extension" : void 0;
    }
    case EXTENSION_SUPPORTED_VERSIONS: {
      const versions = data.vector(1);
      while (versions.remaining > 0) {
        const version = versions.uint(2);
        if (!isGrease(version)) hello.supportedVersions.push(version);
      }
      return versions.malformed || data.remaining !== 0 ? "bad supported_versions extension" : void 0;
    }
    default:
      return void 0;
  }
}
function isGrease(value) {
  return (value & 3855) === 2570 && value >> 12 === (value >> 4 & 15);
}
function isGreaseAlpn(name) {
  return name.length === 2 && isGrease(name.readUInt16BE(0));
}

// src/streams/call-stream.ts
var CallStream = class {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  callLen = 0;
  covered = 0;
  lastTs = 0;
  bytes = 0;
  gapBytes = 0;
  push(chunk) {
    if (chunk.callOffset === 0) this.endCall();
    else if (chunk.callOffset > this.covered) this.skip(chunk.callOffset - this.covered, chunk.ts);
    this.callLen = chunk.callLen;
    this.lastTs = chunk.ts;
    if (chunk.data.length > 0) {
      this.bytes += chunk.data.length;
      this.sink.data(chunk.data, chunk.ts);
    }
    this.covered = Math.max(this.covered, chunk.callOffset + chunk.data.length);
  }
  /** The current call is over: report the part of it we never received. */
  endCall() {
    if (this.covered < this.callLen) this.skip(this.callLen - this.covered, this.lastTs);
    this.callLen = 0;
    this.covered = 0;
  }
  skip(bytes, ts) {
    this.gapBytes += bytes;
    this.sink.gap(bytes, ts);
  }
};

// src/streams/connection.ts
var DETECT_LIMIT = 64;
var PENDING_LIMIT = 64 * 1024;
var HELLO_LIMIT = 16 * 1024;
var Connection = class {
  constructor(id, pid, startTs, onExchange) {
    this.id = id;
    this.pid = pid;
    this.startTs = startTs;
    this.onExchange = onExchange;
  }
  id;
  pid;
  startTs;
  onExchange;
  exchanges = [];
  remoteAddress;
  remotePort;
  localAddress;
  localPort;
  connectResult;
  endTs;
  bytesSent = 0;
  bytesReceived = 0;
  /** The kernel saw a TLS handshake start on this socket. */
  tls = false;
  tlsLibrary;
  sni;
  alpn;
  eventsLost = false;
  unparsedBytes = 0;
  session = { kind: "pending" };
  pending = [];
  pendingBytes = 0;
  hello = [];
  helloBytes = 0;
  helloDone = false;
  plaintext = {
    egress: new CallStream({ data: (b, ts) => this.plain("egress", b, ts), gap: (n, ts) => this.gap("egress", n, ts) }),
    ingress: new CallStream({ data: (b, ts) => this.plain("ingress", b, ts), gap: (n, ts) => this.gap("ingress", n, ts) })
  };
  get opaqueReason() {
    return this.session.kind === "opaque" ? this.session.why : void 0;
  }
  get sawPlaintext() {
    return this.session.kind !== "pending" || this.pendingBytes > 0;
  }
  describe(e) {
    this.remoteAddress = e.remoteAddress;
    this.remotePort = e.remotePort;
    this.localAddress = e.localAddress;
    this.localPort = e.localPort;
    if (e.flags & SockFlag.connect) this.connectResult = e.ret;
  }
  data(e) {
    if (e.flags & SockFlag.lost) this.eventsLost = true;
    if (e.flags & SockFlag.tls) this.tls = true;
    if (e.source !== "syscall") {
      this.tls = true;
      this.tlsLibrary = e.source;
      this.plaintext[e.direction].push(e);
    } else if (this.tls) {
      if (e.direction === "egress") this.clientHello(e.data);
    } else {
      this.plaintext[e.direction].push(e);
    }
  }
  close(ts, bytesSent, bytesReceived, flags) {
    if (flags & SockFlag.lost) this.eventsLost = true;
    this.endTs = ts;
    this.bytesSent = Math.max(this.bytesSent, bytesSent);
    this.bytesReceived = Math.max(this.bytesReceived, bytesReceived);
    this.plaintext.egress.endCall();
    this.plaintext.ingress.endCall();
    if (this.session.kind === "http1" || this.session.kind === "http2") {
      this.session.parser.close(ts);
      this.drain();
    }
  }
  clientHello(bytes) {
    if (this.helloDone || this.helloBytes >= HELLO_LIMIT) return;
    this.hello.push(bytes);
    this.helloBytes += bytes.length;
    const result = parseClientHello(Buffer.concat(this.hello));
    if (result.kind === "frame") {
      this.sni = result.frame.sni;
      this.alpn = result.frame.alpn.length > 0 ? result.frame.alpn : void 0;
    }
    if (result.kind !== "needMore") {
      this.helloDone = true;
      this.hello = [];
    }
  }
  plain(direction, bytes, ts) {
    const s = this.session;
    if (s.kind === "pending") {
      this.pending.push({ direction, bytes, ts });
      this.pendingBytes += bytes.length;
      this.detect();
      return;
    }
    if (s.kind === "opaque") {
      this.unparsedBytes += bytes.length;
      return;
    }
    if (s.kind === "http1") {
      if (direction === "egress") s.parser.pushRequest(bytes, ts);
      else s.parser.pushResponse(bytes, ts);
    } else if (direction === "egress") s.parser.pushClient(bytes, ts);
    else s.parser.pushServer(bytes, ts);
    this.drain();
  }
  gap(direction, bytes, ts) {
    const s = this.session;
    if (s.kind === "http1") {
      if (direction === "egress") s.parser.requestGap(bytes, ts);
      else s.parser.responseGap(bytes, ts);
      this.drain();
    } else if (s.kind === "http2") {
      if (direction === "egress") s.parser.clientGap(bytes, ts);
      else s.parser.serverGap(bytes, ts);
      this.drain();
    } else if (s.kind === "pending") {
      this.becomeOpaque("bytes were lost before the protocol could be recognised");
    }
  }
  detect() {
    const egress = Buffer.concat(this.pending.filter((p) => p.direction === "egress").map((p) => p.bytes));
    const kind = detectProtocol(egress.subarray(0, DETECT_LIMIT));
    if (kind === "needMore" && egress.length < DETECT_LIMIT && this.pendingBytes < PENDING_LIMIT) return;
    if (kind === "http1") this.session = { kind: "http1", parser: new Http1Connection() };
    else if (kind === "http2") this.session = { kind: "http2", parser: new Http2Connection() };
    else {
      this.becomeOpaque(kind === "tls" ? "TLS inside the stream (a tunnel)" : "not HTTP");
      return;
    }
    const replay = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    for (const p of replay) this.plain(p.direction, p.bytes, p.ts);
  }
  becomeOpaque(why) {
    this.unparsedBytes += this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    this.session = { kind: "opaque", why };
  }
  drain() {
    const s = this.session;
    if (s.kind === "http1") {
      for (const x of s.parser.drain()) {
        this.onExchange(this, {
          httpVersion: x.request.version,
          method: x.request.method,
          target: x.request.target,
          authority: header(x.request.headers, "host"),
          headers: x.request.headers,
          status: x.response?.status ?? null,
          startTs: x.request.startTs,
          endTs: x.response?.endTs ?? null,
          requestBytes: x.request.bodyBytes,
          responseBytes: x.response?.bodyBytes ?? 0,
          complete: x.request.complete && (x.response?.complete ?? false)
        });
      }
    } else if (s.kind === "http2") {
      for (const x of s.parser.drain()) {
        const exchange = {
          httpVersion: "2",
          method: x.request.method,
          target: x.request.path,
          authority: x.request.authority || header(x.request.headers, "host"),
          headers: x.request.headers.filter(([name]) => !name.startsWith(":")),
          status: x.response?.status ?? null,
          startTs: x.request.startTs,
          endTs: x.response?.endTs ?? null,
          requestBytes: x.request.bodyBytes,
          responseBytes: x.response?.bodyBytes ?? 0,
          complete: x.complete
        };
        if (x.grpc) exchange.grpc = { service: x.grpc.service, method: x.grpc.method, status: x.grpc.status };
        this.onExchange(this, exchange);
      }
    }
  }
};
function header(headers, name) {
  return headers.find(([n]) => n.toLowerCase() === name)?.[1];
}

// src/streams/tracker.ts
var ConnectionTracker = class {
  constructor(out) {
    this.out = out;
  }
  out;
  bySock = /* @__PURE__ */ new Map();
  sockByHandle = /* @__PURE__ */ new Map();
  handlesBySock = /* @__PURE__ */ new Map();
  /** TLS plaintext we could not yet place: its handle's socket is not known. */
  orphans = /* @__PURE__ */ new Map();
  nextId = 1;
  orphanBytes = 0;
  sock(e) {
    if (e.flags & SockFlag.udp) return;
    const known = this.bySock.get(e.sock);
    if (known && e.flags & SockFlag.connect && known.connectResult !== void 0) this.end(e.sock, known, e.ts);
    this.connection(e.sock, e.tgid, e.ts).describe(e);
  }
  data(e) {
    if (e.flags & SockFlag.udp) {
      if (e.callOffset === 0 && e.data.length > 0) this.out.datagram(e.tgid, e.direction, e.data, e.ts);
      return;
    }
    let sock = e.sock;
    if (e.handle !== 0n) {
      if (sock !== 0n) {
        if (this.sockByHandle.get(e.handle) !== sock) this.learnHandle(e.handle, sock);
      } else {
        sock = this.sockByHandle.get(e.handle) ?? 0n;
      }
    }
    if (sock === 0n) {
      const list = this.orphans.get(e.handle) ?? [];
      list.push(e);
      this.orphans.set(e.handle, list);
      return;
    }
    this.connection(sock, e.tgid, e.ts).data(e);
  }
  close(e) {
    const conn = this.bySock.get(e.sock);
    if (!conn) return;
    conn.close(e.ts, e.bytesSent, e.bytesReceived, e.flags);
    this.bySock.delete(e.sock);
    this.forgetHandles(e.sock);
    this.out.connectionEnd(conn);
  }
  /** End of capture: every connection still open ends now. */
  flush(ts) {
    for (const [sock, conn] of this.bySock) this.end(sock, conn, ts);
    for (const list of this.orphans.values()) for (const e of list) this.orphanBytes += e.data.length;
    this.orphans.clear();
  }
  end(sock, conn, ts) {
    conn.close(ts, 0, 0, 0);
    this.bySock.delete(sock);
    this.forgetHandles(sock);
    this.out.connectionEnd(conn);
  }
  connection(sock, pid, ts) {
    let conn = this.bySock.get(sock);
    if (!conn) {
      conn = new Connection(`c${this.nextId++}`, pid, ts, (c, x) => this.out.exchange(c, x));
      this.bySock.set(sock, conn);
    }
    return conn;
  }
  learnHandle(handle, sock) {
    this.sockByHandle.set(handle, sock);
    const handles = this.handlesBySock.get(sock) ?? /* @__PURE__ */ new Set();
    handles.add(handle);
    this.handlesBySock.set(sock, handles);
    this.adoptOrphans(handle, sock);
  }
  adoptOrphans(handle, sock) {
    const list = this.orphans.get(handle);
    if (!list) return;
    this.orphans.delete(handle);
    const conn = this.connection(sock, list[0]?.tgid ?? 0, list[0]?.ts ?? 0);
    for (const e of list) conn.data(e);
  }
  forgetHandles(sock) {
    for (const handle of this.handlesBySock.get(sock) ?? []) this.sockByHandle.delete(handle);
    this.handlesBySock.delete(sock);
  }
};

// src/protocols/dns/parse.ts
var import_dns_packet = __toESM(require_dns_packet(), 1);
function parseDnsMessage(datagram) {
  let packet;
  try {
    packet = import_dns_packet.default.decode(datagram);
  } catch (error) {
    return { kind: "invalid", reason: `malformed DNS message: ${error.message}` };
  }
  return {
    kind: "frame",
    frame: {
      id: packet.id ?? 0,
      isResponse: packet.flag_qr,
      rcode: String(packet.rcode ?? "NOERROR"),
      questions: (packet.questions ?? []).map((question) => ({ name: question.name, type: question.type })),
      answers: (packet.answers ?? []).map(toAnswer)
    },
    consumed: datagram.length
  };
}
function toAnswer(answer) {
  return { name: answer.name, type: answer.type, data: "data" in answer ? renderData(answer) : "" };
}
function renderData(answer) {
  switch (answer.type) {
    case "MX":
      return `${answer.data.preference ?? 0} ${answer.data.exchange}`;
    case "SRV":
      return `${answer.data.priority ?? 0} ${answer.data.weight ?? 0} ${answer.data.port} ${answer.data.target}`;
    case "SOA": {
      const soa = answer.data;
      return [soa.mname, soa.rname, soa.serial, soa.refresh, soa.retry, soa.expire, soa.minimum].join(" ");
    }
    case "TXT": {
      const parts = Array.isArray(answer.data) ? answer.data : [answer.data];
      return parts.map((part) => Buffer.isBuffer(part) ? part.toString("utf8") : part).join(" ");
    }
    case "OPT":
      return "";
    default:
      return renderValue(answer.data);
  }
}
function renderValue(value) {
  if (typeof value === "string") return value;
  if (Buffer.isBuffer(value)) return value.toString("hex");
  return JSON.stringify(
    value,
    (_key, nested) => isSerializedBuffer(nested) ? Buffer.from(nested.data).toString("hex") : nested
  );
}
function isSerializedBuffer(value) {
  return typeof value === "object" && value !== null && value.type === "Buffer" && Array.isArray(value.data);
}

// src/records/dns.ts
var DnsNames = class {
  byAddress = /* @__PURE__ */ new Map();
  add(address2, name, pid, ts) {
    const list = this.byAddress.get(address2) ?? [];
    list.push({ name: name.replace(/\.$/, "").toLowerCase(), pid, ts });
    this.byAddress.set(address2, list);
  }
  /** The latest name resolved to `address` before `ts`, preferring the same process. */
  lookup(address2, pid, ts) {
    const before = (this.byAddress.get(address2) ?? []).filter((r) => r.ts <= ts);
    const own = before.filter((r) => r.pid === pid);
    return (own.length > 0 ? own : before).at(-1)?.name;
  }
};

// src/records/redact.ts
var REDACTED = "[redacted]";
var secretHeaders = /* @__PURE__ */ new Set(["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "x-auth-token", "private-token", "x-github-token", "npm-otp"]);
var tokenPatterns = [
  /\b(?:ghp|gho|ghs|ghu|ghr)_[A-Za-z0-9]{20,}/g,
  // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{20,}/g,
  /\bnpm_[A-Za-z0-9]{20,}/g,
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
  // AWS access key ids
  /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/g,
  // JWTs
  /\bglpat-[A-Za-z0-9_-]{20,}/g,
  /\bxox[abpr]-[A-Za-z0-9-]{10,}/g
];
var secretQueryKeys = /^(?:access_token|token|api[_-]?key|apikey|key|secret|password|passwd|pwd|sig|signature|client_secret|auth|x-amz-signature|x-amz-credential|x-amz-security-token)$/i;
function redactText(text) {
  let out = text;
  for (const pattern of tokenPatterns) out = out.replace(pattern, REDACTED);
  return out;
}
function redactHeaders(headers) {
  const out = {};
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    const clean = secretHeaders.has(key) ? REDACTED : redactText(value);
    out[key] = key in out ? `${out[key]}, ${clean}` : clean;
  }
  return out;
}
function redactPath(path) {
  const q = path.indexOf("?");
  if (q < 0) return redactText(path);
  const query = path.slice(q + 1).split("&").map((pair) => {
    const eq = pair.indexOf("=");
    if (eq < 0) return redactText(pair);
    const key = pair.slice(0, eq);
    return secretQueryKeys.test(safeDecode(key)) ? `${key}=${REDACTED}` : `${key}=${redactText(pair.slice(eq + 1))}`;
  }).join("&");
  return `${redactText(path.slice(0, q))}?${query}`;
}
function redactAuthority(authority) {
  const at = authority.lastIndexOf("@");
  return at < 0 ? authority : `${REDACTED}@${authority.slice(at + 1)}`;
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// src/records/build.ts
var Clock = class {
  offsetMs = Date.now() - Number(process.hrtime.bigint()) / 1e6;
  iso(monotonicNs) {
    return new Date(monotonicNs / 1e6 + this.offsetMs).toISOString();
  }
  nowNs() {
    return Number(process.hrtime.bigint());
  }
};
var errnoNames = {
  1: "EPERM",
  4: "EINTR",
  13: "EACCES",
  99: "EADDRNOTAVAIL",
  101: "ENETUNREACH",
  104: "ECONNRESET",
  110: "ETIMEDOUT",
  111: "ECONNREFUSED",
  113: "EHOSTUNREACH"
};
var EINPROGRESS = -115;
var RecordBuilder = class {
  constructor(processes, clock) {
    this.processes = processes;
    this.clock = clock;
  }
  processes;
  clock;
  requests = [];
  connections = [];
  dns = [];
  dnsNames = new DnsNames();
  requestIds = /* @__PURE__ */ new Map();
  nextRequest = 1;
  unparsedBytes = 0;
  exchange(conn, x) {
    const scheme = conn.tls ? "https" : "http";
    const target = splitTarget(x.target);
    const authority = redactAuthority(target.authority ?? x.authority ?? "");
    const { host, port } = splitAuthority(authority, conn.remotePort ?? (scheme === "https" ? 443 : 80));
    const finalHost = host || conn.sni || this.dnsName(conn) || conn.remoteAddress || "";
    const path = redactPath(target.path);
    const record = {
      id: `r${this.nextRequest++}`,
      time: this.clock.iso(x.startTs),
      durationMs: x.endTs === null ? null : round((x.endTs - x.startTs) / 1e6),
      method: x.method,
      scheme,
      host: finalHost,
      port,
      path,
      url: `${scheme}://${formatHost(finalHost)}${port === defaultPort(scheme) ? "" : `:${port}`}${path}`,
      status: x.status,
      httpVersion: x.httpVersion,
      headers: redactHeaders(x.headers),
      requestBytes: x.requestBytes,
      responseBytes: x.responseBytes,
      connectionId: conn.id,
      process: this.processes.info(conn.pid),
      visibility: "full"
    };
    if (!x.complete) record.reason = x.status === null ? "no response seen" : "message cut short";
    if (x.grpc) record.grpc = x.grpc;
    this.requests.push(record);
    const ids = this.requestIds.get(conn) ?? [];
    ids.push(record.id);
    this.requestIds.set(conn, ids);
  }
  connectionEnd(conn) {
    const ids = this.requestIds.get(conn) ?? [];
    this.requestIds.delete(conn);
    this.unparsedBytes += conn.unparsedBytes;
    const dnsName = this.dnsName(conn);
    const { visibility, reason } = judgeVisibility(conn, ids.length > 0);
    const record = {
      id: conn.id,
      time: this.clock.iso(conn.startTs),
      transport: "tcp",
      remoteAddress: conn.remoteAddress ?? "",
      remotePort: conn.remotePort ?? 0,
      tls: conn.tls,
      bytesSent: conn.bytesSent,
      bytesReceived: conn.bytesReceived,
      process: this.processes.info(conn.pid),
      requestIds: ids,
      visibility
    };
    if (conn.endTs !== void 0) record.endTime = this.clock.iso(conn.endTs);
    if (conn.localAddress) record.localAddress = conn.localAddress;
    if (conn.localPort) record.localPort = conn.localPort;
    if (conn.sni) record.sni = conn.sni;
    if (conn.alpn) record.alpn = conn.alpn;
    if (dnsName) record.dnsName = dnsName;
    if (conn.tlsLibrary && conn.tlsLibrary !== "syscall") record.tlsLibrary = conn.tlsLibrary;
    if (reason) record.reason = reason;
    this.connections.push(record);
    if (ids.length === 0) this.invisibleRequest(conn, record);
  }
  datagram(pid, direction, bytes, ts) {
    if (direction !== "ingress") return;
    const parsed = parseDnsMessage(bytes);
    if (parsed.kind !== "frame" || !parsed.frame.isResponse) return;
    const msg = parsed.frame;
    const question = msg.questions[0];
    if (!question) return;
    const answers = msg.answers.filter((a) => a.type === "A" || a.type === "AAAA").map((a) => a.data);
    for (const address2 of answers) this.dnsNames.add(address2, question.name, pid, ts);
    this.dns.push({ time: this.clock.iso(ts), name: question.name, type: question.type, answers, pid });
  }
  /** A connection whose requests we could not read still appears as one request-like record. */
  invisibleRequest(conn, c) {
    const host = c.sni ?? c.dnsName ?? c.remoteAddress;
    const scheme = conn.tls ? "https" : "http";
    const id = `r${this.nextRequest++}`;
    c.requestIds.push(id);
    this.requests.push({
      id,
      time: c.time,
      durationMs: conn.endTs === void 0 ? null : round((conn.endTs - conn.startTs) / 1e6),
      method: "",
      scheme,
      host,
      port: c.remotePort,
      path: "",
      url: `${scheme}://${formatHost(host)}${c.remotePort === defaultPort(scheme) ? "" : `:${c.remotePort}`}`,
      status: null,
      httpVersion: "1.1",
      headers: {},
      requestBytes: c.bytesSent,
      responseBytes: c.bytesReceived,
      connectionId: c.id,
      process: c.process,
      visibility: c.visibility,
      reason: c.reason
    });
  }
  dnsName(conn) {
    return conn.remoteAddress ? this.dnsNames.lookup(conn.remoteAddress, conn.pid, conn.startTs) : void 0;
  }
};
function judgeVisibility(conn, hasRequests) {
  const lost = conn.eventsLost ? "; some of its events were lost (ring buffer full)" : "";
  if (hasRequests) return { visibility: "full", reason: lost ? lost.slice(2) : void 0 };
  const fallback = conn.sni ? "sni-only" : "ip-only";
  if (conn.connectResult !== void 0 && conn.connectResult < 0 && conn.connectResult !== EINPROGRESS) {
    const errno = -conn.connectResult;
    return { visibility: fallback, reason: `connect failed: ${errnoNames[errno] ?? `errno ${errno}`}` };
  }
  if (conn.tls && !conn.tlsLibrary) {
    return {
      visibility: fallback,
      reason: `TLS plaintext not captured: the client's TLS library is not one egress-lens probes${lost}`
    };
  }
  if (conn.opaqueReason) return { visibility: fallback, reason: `${conn.opaqueReason}${lost}` };
  if (!conn.sawPlaintext) return { visibility: fallback, reason: `no application data seen${lost}` };
  return { visibility: fallback, reason: `no complete HTTP request seen${lost}` };
}
function splitTarget(target) {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)(.*)$/i.exec(target);
  if (!m) return { path: target };
  return { authority: m[1] ?? "", path: m[2] || "/" };
}
function splitAuthority(authority, fallbackPort) {
  const hostPart = authority.slice(authority.lastIndexOf("@") + 1);
  const m = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(hostPart);
  const host = (m?.[1] ?? hostPart).replace(/^\[|\]$/g, "").replace(/\.$/, "").toLowerCase();
  return { host, port: m?.[2] ? Number(m[2]) : fallbackPort };
}
function formatHost(host) {
  return host.includes(":") ? `[${host}]` : host;
}
function defaultPort(scheme) {
  return scheme === "https" ? 443 : 80;
}
function round(ms) {
  return Math.round(ms * 1e3) / 1e3;
}

// src/records/processes.ts
var ProcessTable = class {
  entries = /* @__PURE__ */ new Map();
  addRoot(pid, exe, argv) {
    this.entries.set(pid, { pid, ppid: 0, exe, argv, root: true });
  }
  fork(parent, child) {
    const p = this.entries.get(parent);
    this.entries.set(child, {
      pid: child,
      ppid: parent,
      exe: p?.exe ?? "",
      argv: p?.argv ?? [],
      uid: p?.uid,
      step: p?.root ? void 0 : p?.step,
      root: false
    });
  }
  exec(pid, ppid, exe, argv, uid, cgroupId) {
    const known = this.entries.get(pid);
    this.entries.set(pid, { ...known, pid, ppid: known?.ppid ?? ppid, exe, argv, uid, cgroupId, root: false });
  }
  exit(pid, exitCode) {
    const known = this.entries.get(pid);
    if (known) known.exitCode = exitCode;
  }
  setStep(pid, step) {
    const known = this.entries.get(pid);
    if (known) known.step = step;
  }
  has(pid) {
    return this.entries.has(pid);
  }
  info(pid) {
    const e = this.entries.get(pid);
    const ancestry = [];
    const seen = /* @__PURE__ */ new Set([pid]);
    for (let p = e ? this.entries.get(e.ppid) : void 0; p && !p.root && !seen.has(p.pid); p = this.entries.get(p.ppid)) {
      seen.add(p.pid);
      ancestry.push({ pid: p.pid, exe: p.exe });
    }
    const info = { pid, ppid: e?.ppid ?? 0, exe: e?.exe ?? "", argv: e?.argv ?? [], ancestry };
    if (e?.uid !== void 0) info.uid = e.uid;
    if (e?.step !== void 0) info.step = e.step;
    return info;
  }
  /** Traced processes that have not exited. */
  running() {
    return [...this.entries.values()].filter((e) => !e.root && e.exitCode === void 0).map((e) => e.pid);
  }
  /** Every traced process (roots excluded), for the report. */
  all() {
    return [...this.entries.values()].filter((e) => !e.root).map((e) => this.info(e.pid));
  }
};

// src/records/types.ts
var REPORT_VERSION = 1;

// src/capture/session.ts
var CaptureSession = class {
  processes = new ProcessTable();
  clock = new Clock();
  builder = new RecordBuilder(this.processes, this.clock);
  tracker = new ConnectionTracker({
    exchange: (conn, x) => this.builder.exchange(conn, x),
    connectionEnd: (conn) => this.builder.connectionEnd(conn),
    datagram: (pid, dir, bytes, ts) => this.builder.datagram(pid, dir, bytes, ts)
  });
  agent;
  startedAt = /* @__PURE__ */ new Date();
  constructor(options = {}) {
    this.processes.addRoot(process.pid, process.execPath, process.argv);
    this.agent = new Agent({ ...options, onEvent: (e) => this.handle(e) });
  }
  handle(e) {
    switch (e.kind) {
      case "fork":
        this.processes.fork(e.parent, e.child);
        break;
      case "exec":
        this.processes.exec(e.tgid, e.ppid, e.filename, e.argv, e.uid, e.cgroupId);
        break;
      case "exit":
        this.processes.exit(e.tgid, e.exitCode);
        break;
      case "sock":
        this.tracker.sock(e);
        break;
      case "data":
        this.tracker.data(e);
        break;
      case "close":
        this.tracker.close(e);
        break;
      case "mmap":
        break;
    }
  }
  /** Stop capturing and build the report. */
  finish(extra = {}) {
    const agent = this.agent.stop();
    this.tracker.flush(this.clock.nowNs());
    const warnings = [];
    const lost = agent.drops.ringbuf + agent.drops.stateFull + agent.droppedInUserspace + agent.malformed;
    if (lost > 0) warnings.push(`${lost} kernel events were lost; affected connections say so`);
    if (agent.drops.stopSkipped > 0) {
      warnings.push(
        `${agent.drops.stopSkipped} programs started while the agent was unresponsive and ran unprobed; their first TLS requests may show as sni-only`
      );
    }
    for (const failure of agent.probeFailures) warnings.push(`probe failed: ${failure}`);
    const report = {
      version: REPORT_VERSION,
      tool: { name: "egress-lens", version: readVersion() },
      startedAt: this.startedAt.toISOString(),
      finishedAt: (/* @__PURE__ */ new Date()).toISOString(),
      ...extra,
      requests: this.builder.requests.sort((a, b) => a.time.localeCompare(b.time)),
      connections: this.builder.connections.sort((a, b) => a.time.localeCompare(b.time)),
      processes: this.processes.all(),
      dns: this.builder.dns,
      stats: {
        events: agent.events,
        lost,
        truncated: agent.drops.truncated + agent.drops.iovTruncated,
        unparsed: this.tracker.orphanBytes + this.builder.unparsedBytes
      },
      warnings
    };
    return { report, agent };
  }
};

// src/report/files.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { join as join4 } from "node:path";
function writeReportFiles(dir, report) {
  mkdirSync(dir, { recursive: true });
  const reportPath = join4(dir, "report.json");
  const eventsPath = join4(dir, "events.ndjson");
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}
`);
  writeFileSync(eventsPath, toNdjson(report));
  return { reportPath, eventsPath };
}
function toNdjson(report) {
  const lines = [];
  const add = (type, time, body) => lines.push({ time, line: JSON.stringify({ type, time, ...body }) });
  for (const p of report.processes) add("process", report.startedAt, p);
  for (const d of report.dns) add("dns", d.time, d);
  for (const c of report.connections) add("connection", c.time, c);
  for (const r of report.requests) add("request", r.time, r);
  lines.sort((a, b) => a.time.localeCompare(b.time));
  return lines.map((l) => `${l.line}
`).join("");
}

// src/report/table.ts
import { basename } from "node:path";
function formatTable(report) {
  const rows = report.requests.map((r) => [
    r.method || "-",
    r.status === null ? "-" : String(r.status),
    r.visibility === "full" ? r.url : `${r.url} (${r.visibility}: ${r.reason ?? "unknown"})`,
    processLabel(r),
    r.judgement && r.judgement.verdict !== "allowed" ? r.judgement.verdict.toUpperCase() : ""
  ]);
  const header2 = ["METHOD", "STATUS", "URL", "PROCESS", report.policy ? "POLICY" : ""];
  const widths = header2.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  const s = report.stats;
  const summary = `${report.requests.length} requests, ${report.connections.length} connections, ${s.lost} events lost`;
  const out = [line(header2), ...rows.map(line), "", summary];
  for (const w of report.warnings) out.push(`warning: ${w}`);
  return `${out.join("\n")}
`;
}
function processLabel(r) {
  return `${basename(r.process.exe) || "?"}[${r.process.pid}]`;
}

// src/cli/run.ts
function parseRunArgs(argv, io) {
  const dash = argv.indexOf("--");
  const own = dash < 0 ? argv : argv.slice(0, dash);
  const command = dash < 0 ? [] : argv.slice(dash + 1);
  const options = { out: resolve(io.cwd, "egress-lens-report"), hold: true, command };
  for (let i = 0; i < own.length; i++) {
    const arg = own[i];
    if (arg === "--out") options.out = resolve(io.cwd, own[++i] ?? usage("--out needs a directory"));
    else if (arg === "--no-hold") options.hold = false;
    else usage(`unknown option ${arg}`);
  }
  if (command.length === 0) usage("no command: egress-lens run [--out DIR] -- COMMAND [ARGS...]");
  return options;
}
function usage(message) {
  throw new UsageError(message);
}
async function runCommand(argv, io) {
  const options = parseRunArgs(argv, io);
  const session = new CaptureSession({ hold: options.hold });
  const exitCode = await runTraced(options.command, io);
  await waitForDescendants(session);
  const { report } = session.finish({ command: options.command, exitCode });
  const { reportPath } = writeReportFiles(options.out, report);
  io.stderr(formatTable(report));
  io.stderr(`report: ${reportPath}
`);
  return exitCode;
}
function runTraced(command, io) {
  const [file, ...args] = command;
  const identity = invokingUser(io.env);
  return new Promise((resolveExit) => {
    const child = spawn(file, args, {
      stdio: "inherit",
      cwd: io.cwd,
      env: identity ? { ...io.env, HOME: identity.home, USER: identity.name, LOGNAME: identity.name } : io.env,
      uid: identity?.uid,
      gid: identity?.gid
    });
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    const done = (code2) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolveExit(code2);
    };
    child.on("error", (err) => {
      io.stderr(`egress-lens: cannot run ${file}: ${err.message}
`);
      done(127);
    });
    child.on("exit", (code2, signal) => done(code2 ?? 128 + signalNumber(signal)));
  });
}
async function waitForDescendants(session, graceMs = 2e3) {
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && session.processes.running().length > 0) {
    await new Promise((r) => setTimeout(r, 20));
  }
}
function invokingUser(env) {
  const uid = Number(env.SUDO_UID);
  const gid = Number(env.SUDO_GID);
  if (!env.SUDO_UID || !Number.isInteger(uid) || !Number.isInteger(gid) || uid === 0) return void 0;
  let name = env.SUDO_USER ?? String(uid);
  let home = "/";
  try {
    const entry = readFileSync4("/etc/passwd", "utf8").split("\n").map((l) => l.split(":")).find((f) => Number(f[2]) === uid);
    if (entry) [name, home] = [entry[0] ?? name, entry[5] ?? home];
  } catch {
  }
  return { uid, gid, name, home };
}
function signalNumber(signal) {
  const numbers = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGSEGV: 11, SIGPIPE: 13, SIGTERM: 15 };
  return (signal && numbers[signal]) ?? 0;
}

// src/cli/main.ts
var help = `usage: egress-lens <command>

  run [--out DIR] [--no-hold] -- COMMAND [ARGS...]
      run COMMAND under the tracer (as root), print every HTTP(S) request it and its
      children made, write DIR/report.json and DIR/events.ndjson (DIR: ./egress-lens-report)
  version
`;
async function cli(argv, io) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "run":
        return await runCommand(rest, io);
      case "version":
      case "--version":
        io.stdout(`${readVersion()}
`);
        return 0;
      case "help":
      case "--help":
      case "-h":
        io.stdout(help);
        return 0;
      default:
        throw new UsageError(command ? `unknown command ${command}` : "no command given");
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`egress-lens: ${err.message}
${help}`);
      return 2;
    }
    if (err instanceof CaptureUnavailable) {
      io.stderr(`egress-lens: ${err.message}
`);
      return 2;
    }
    throw err;
  }
}

// src/cli/bin.ts
var code = await cli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env
});
process.exitCode = code;
