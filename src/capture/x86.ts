// x86-64 instruction lengths, to walk a compiled function from its entry and find its RET
// instructions. A full disassembler (iced-x86) took 40–70 ms to load, paid while the first Go program
// of a job was held stopped; lengths need only the encoding's skeleton: prefixes, opcode map, ModRM,
// SIB, displacement and immediate sizes. 64-bit mode only. Anything it does not know (an opcode
// invalid in 64-bit mode, an unknown VEX/EVEX map, more than 15 bytes) is null: the caller then
// places no probe rather than one inside an instruction.

/**
 * Operand layout after the opcode, one letter per opcode (16 a row):
 * `.` nothing, `m` ModRM, `M` ModRM + imm8, `Z` ModRM + imm16/32, `b` imm8, `w` imm16, `z` imm16/32,
 * `v` imm16/32/64, `d` rel32, `e` imm16 + imm8, `a` 64-bit address, `F` ModRM + an immediate for
 * /0 and /1 (TEST), `r` ModRM naming registers only, `p` prefix, `X` an escape handled apart, `x` invalid.
 * Set apart in code: `W` ModRM + two imm8 (SSE4a), `I` ModRM + imm32 (XOP map 0A).
 */
const ONE_BYTE = [
  'mmmmbzxxmmmmbzxX',
  'mmmmbzxxmmmmbzxx',
  'mmmmbzpxmmmmbzpx',
  'mmmmbzpxmmmmbzpx',
  'pppppppppppppppp', // REX
  '................',
  'xxXmppppzZbM....',
  'bbbbbbbbbbbbbbbb',
  'MZxMmmmmmmmmmmmX',
  '..........x.....',
  'aaaa....bz......',
  'bbbbbbbbvvvvvvvv',
  'MMw.XXMZe.w..bx.',
  'mmmmxxx.mmmmmmmm',
  'bbbbbbbbddxb....',
  'p.pp..FF......mm',
].join('');

/** The 0F map; 0F 38 and 0F 3A are three-byte maps, 0F 0F is 3DNow! (ModRM, then an opcode byte). */
const TWO_BYTE = [
  'mmmmx.....x.xm.M',
  'mmmmmmmmmmmmmmmm',
  'rrrrxxxxmmmmmmmm',
  '......x.XxXxxxxx',
  'mmmmmmmmmmmmmmmm',
  'mmmmmmmmmmmmmmmm',
  'mmmmmmmmmmmmmmmm',
  'MMMMmmm.mmxxmmmm',
  'dddddddddddddddd',
  'mmmmmmmmmmmmmmmm',
  '...mMmxx...mMmmm',
  'mmmmmmmmmmMmmmmm',
  'mmMmMMMm........',
  'mmmmmmmmmmmmmmmm',
  'mmmmmmmmmmmmmmmm',
  'mmmmmmmmmmmmmmmm',
].join('');

const MAX_LENGTH = 15;
const RET_NEAR = 0xc3;
const RET_NEAR_IMM16 = 0xc2;

export interface X86Instruction {
  length: number;
  isReturn: boolean;
}

/** Whether opcode `op` of the 0F map takes an imm8 in its VEX and EVEX forms too. */
function vexTakesImm8(op: number): boolean {
  return (op >= 0x70 && op <= 0x73) || op === 0xc2 || (op >= 0xc4 && op <= 0xc6);
}

/** Bytes of a ModRM byte at `at` and the SIB and displacement it calls for; null past the end. */
function modrmLength(code: Uint8Array, at: number, registersOnly = false): number | null {
  const modrm = code[at];
  if (modrm === undefined) return null;
  const mod = modrm >> 6;
  const rm = modrm & 7;
  if (mod === 3 || registersOnly) return 1;
  let length = 1;
  if (rm === 4) {
    const sib = code[at + 1];
    if (sib === undefined) return null;
    length++;
    if (mod === 0 && (sib & 7) === 5) length += 4;
  } else if (mod === 0 && rm === 5) {
    length += 4; // RIP-relative
  }
  if (mod === 1) length += 1;
  if (mod === 2) length += 4;
  return length;
}

/** The instruction starting at `at`, or null when it is not one this decoder knows. */
export function decodeX86(code: Uint8Array, at: number): X86Instruction | null {
  let i = at;
  let operandSize16 = false;
  let addressSize32 = false;
  let rexW = false;
  let repeat = 0; // F2 or F3, which select SSE4a forms of 0F 78
  for (;;) {
    const byte = code[i];
    if (byte === undefined) return null;
    if (byte >= 0x40 && byte <= 0x4f) {
      rexW = (byte & 8) !== 0;
    } else if (ONE_BYTE[byte] === 'p') {
      rexW = false; // a REX counts only right before the opcode
      if (byte === 0x66) operandSize16 = true;
      else if (byte === 0x67) addressSize32 = true;
      else if (byte === 0xf2 || byte === 0xf3) repeat = byte;
    } else {
      break;
    }
    if (++i - at >= MAX_LENGTH) return null;
  }
  const immZ = operandSize16 && !rexW ? 2 : 4;
  const opcode = code[i++] as number;
  let layout = ONE_BYTE[opcode] as string;
  let operands = i;
  let escaped = false;

  if (opcode === 0x0f) {
    const op = code[i++];
    if (op === undefined) return null;
    escaped = true;
    operands = i;
    layout = TWO_BYTE[op] as string;
    if (op === 0x38) {
      layout = 'm';
      operands = ++i;
    } else if (op === 0x3a) {
      layout = 'M';
      operands = ++i;
    } else if (op === 0x78 && (operandSize16 || repeat === 0xf2)) {
      layout = 'W'; // EXTRQ/INSERTQ: ModRM, then two imm8
    }
  } else if (opcode === 0xc4 || opcode === 0xc5 || opcode === 0x62 || opcode === 0x8f) {
    const vex = vexLayout(code, i, opcode);
    if (!vex) return null;
    ({ operands, layout } = vex);
  }

  let length: number | null;
  const modrm = (): number | null => modrmLength(code, operands);
  switch (layout) {
    case '.':
      length = 0;
      break;
    case 'm':
      length = modrm();
      break;
    case 'r':
      length = modrmLength(code, operands, true);
      break;
    case 'M':
      length = add(modrm(), 1);
      break;
    case 'W':
      length = add(modrm(), 2);
      break;
    case 'Z':
      length = add(modrm(), immZ);
      break;
    case 'F': {
      const reg = ((code[operands] ?? 0) >> 3) & 7;
      length = add(modrm(), reg > 1 ? 0 : opcode === 0xf6 ? 1 : immZ);
      break;
    }
    case 'b':
      length = 1;
      break;
    case 'w':
      length = 2;
      break;
    case 'z':
      length = immZ;
      break;
    case 'v':
      length = rexW ? 8 : immZ;
      break;
    case 'd':
      length = 4; // near branches ignore 66 in 64-bit mode
      break;
    case 'e':
      length = 3;
      break;
    case 'a':
      length = addressSize32 ? 4 : 8;
      break;
    case 'I':
      length = add(modrm(), 4);
      break;
    default:
      return null;
  }
  if (length === null) return null;
  const end = operands + length;
  if (end - at > MAX_LENGTH || end > code.length) return null;
  return {
    length: end - at,
    isReturn: !escaped && (opcode === RET_NEAR || opcode === RET_NEAR_IMM16),
  };
}

function add(length: number | null, extra: number): number | null {
  return length === null ? null : length + extra;
}

/**
 * VEX (C4, C5), EVEX (62) and XOP (8F), with `at` just past the escape byte: where the opcode's
 * operands start and their layout. 8F is XOP only when its next byte names a map of 8 or more;
 * otherwise it is POP r/m.
 */
function vexLayout(
  code: Uint8Array,
  at: number,
  escape: number,
): { operands: number; layout: string } | null {
  const first = code[at];
  if (first === undefined) return null;
  let map: number;
  let opcodeAt: number;
  if (escape === 0xc5) {
    map = 1;
    opcodeAt = at + 1;
  } else if (escape === 0xc4) {
    map = first & 0x1f;
    opcodeAt = at + 2;
  } else if (escape === 0x62) {
    map = first & 7;
    opcodeAt = at + 3;
  } else {
    map = first & 0x1f;
    if (map < 8) return { operands: at, layout: 'm' };
    opcodeAt = at + 2;
  }
  const op = code[opcodeAt];
  if (op === undefined) return null;
  const operands = opcodeAt + 1;
  if (escape === 0x8f) {
    if (map === 8) return { operands, layout: 'M' };
    if (map === 9) return { operands, layout: 'm' };
    if (map === 0xa) return { operands, layout: 'I' };
    return null;
  }
  if (map === 1) {
    if (op === 0x77 && escape !== 0x62) return { operands, layout: '.' }; // VZEROUPPER, VZEROALL
    return { operands, layout: vexTakesImm8(op) ? 'M' : 'm' };
  }
  if (map === 2) return { operands, layout: 'm' };
  if (map === 3) return { operands, layout: 'M' };
  if (escape === 0x62 && (map === 5 || map === 6)) return { operands, layout: 'm' }; // AVX512-FP16
  return null;
}

/** Offsets (from the start of `code`) of every RET of code decoded from its first byte; null if undecodable. */
export function x86ReturnOffsets(code: Uint8Array): number[] | null {
  const offsets: number[] = [];
  for (let at = 0; at < code.length;) {
    const instruction = decodeX86(code, at);
    if (!instruction) return null;
    if (instruction.isReturn) offsets.push(at);
    at += instruction.length;
  }
  return offsets;
}
