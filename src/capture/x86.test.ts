import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeElf, openElf, readBytes, vaddrToFileOffset } from './elf.js';
import {
  buildTlsClient,
  LIB_DIR,
  objdumpInstructions,
  objdumpRawInstructions,
} from './elf-tools.test-helper.js';
import { decodeX86, x86ReturnOffsets } from './x86.js';

let tempDir: string;
beforeAll(() => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'x86-test-'));
});
afterAll(() => fs.rmSync(tempDir, { recursive: true, force: true }));

const bytes = (hex: string): Buffer => Buffer.from(hex.replace(/ /g, ''), 'hex');

/** One instruction each, a case per layout the decoder knows. */
const INSTRUCTIONS = [
  'c3', // ret
  'c2 08 00', // ret $8
  'f3 c3', // repz ret
  '90', // nop
  '55', // push %rbp
  '41 57', // push %r15
  '48 89 e5', // mov %rsp,%rbp
  '48 83 ec 10', // sub $0x10,%rsp
  '48 81 ec 00 01 00 00', // sub $0x100,%rsp
  '66 81 c1 34 12', // add $0x1234,%cx
  '48 b8 88 77 66 55 44 33 22 11', // movabs
  '66 48 b8 88 77 66 55 44 33 22 11', // REX.W wins over 66
  'b8 44 33 22 11', // mov $imm32,%eax
  '66 b8 22 11', // mov $imm16,%ax
  'a1 88 77 66 55 44 33 22 11', // movabs 0x...,%eax
  '67 a1 44 33 22 11', // addr32 mov 0x...,%eax
  'c8 10 00 01', // enter
  'f6 c1 01', // test $1,%cl
  'f6 d1', // not %cl
  'f7 c1 44 33 22 11', // test $imm32,%ecx
  '66 f7 c1 22 11', // test $imm16,%cx
  'f7 d9', // neg %ecx
  '69 c1 44 33 22 11', // imul $imm32,%ecx,%eax
  '6b c1 07', // imul $7,%ecx,%eax
  '0f 1f 44 00 00', // nopl 0x0(%rax,%rax,1)
  '66 0f 1f 84 00 00 00 00 00', // nopw
  '8b 04 25 44 33 22 11', // absolute through SIB
  '8b 05 44 33 22 11', // RIP-relative
  '8b 44 24 08', // SIB + disp8
  '8b 84 24 00 01 00 00', // SIB + disp32
  '8b 45 f8', // disp8
  '64 48 8b 04 25 28 00 00 00', // %fs: load
  'f0 48 0f b1 0f', // lock cmpxchg
  '0f 05', // syscall
  '0f 0b', // ud2
  '0f a2', // cpuid
  '0f 84 44 33 22 11', // je rel32
  '74 05', // je rel8
  'e8 44 33 22 11', // call
  'e9 44 33 22 11', // jmp
  'eb 05', // jmp rel8
  'ff d0', // call *%rax
  'ff 24 c5 00 00 00 00', // jmp *0x0(,%rax,8)
  '0f 20 c0', // mov %cr0,%rax
  '66 0f 38 00 c1', // pshufb
  '66 0f 3a 0f c1 08', // palignr
  '66 0f 70 c1 08', // pshufd
  '0f ba e0 05', // bt $5,%eax
  '48 0f a4 c1 03', // shld
  'f3 0f b8 c1', // popcnt
  'f3 48 0f bc c1', // tzcnt
  '0f c8', // bswap
  'd9 c0', // fld %st(0)
  'dd 04 24', // fldl (%rsp)
  'cd 80', // int $0x80
  'cc', // int3
  'c7 f8 44 33 22 11', // xbegin
  'c6 f8 01', // xabort
  '0f ae f0', // mfence
  '8f c0', // pop %rax
  '8f 04 24', // pop (%rsp)
  '0f 0f c1 b4', // pfmul (3DNow!)
  '66 0f 78 c0 01 02', // extrq $1,$2
  'f2 0f 78 c1 01 02', // insertq $1,$2
  'c5 f8 77', // vzeroupper
  'c5 fd 6f 04 24', // vmovdqa (%rsp),%ymm0
  'c5 f9 70 c1 08', // vpshufd $8
  'c4 e3 7d 38 c1 01', // vinserti128
  'c4 e2 7d 58 c0', // vpbroadcastd
  'c4 e2 f1 f7 c0', // shlx
  '62 f1 7d 48 6f 44 24 01', // vmovdqa32 0x40(%rsp),%zmm0
  '62 f1 fd 48 73 d0 08', // vpsrlq $8,%zmm0,%zmm0
  '62 f3 7d 48 3e c1 00', // vpcmpub
  '8f e8 78 c0 c1 08', // vprotb $8 (XOP map 8)
  '8f e9 78 90 c1', // vprotb (XOP map 9)
  '8f ea 78 10 c0 44 33 22 11', // bextr $imm32 (XOP map A)
];

describe('decodeX86', () => {
  it('gives the length objdump gives, instruction by instruction', () => {
    const code = Buffer.concat(INSTRUCTIONS.map(bytes));
    const starts: number[] = [];
    for (let at = 0; at < code.length;) {
      starts.push(at);
      const instruction = decodeX86(code, at);
      expect(instruction, `at ${at}`).not.toBeNull();
      at += instruction!.length;
    }
    expect(starts).toEqual(objdumpRawInstructions(code, tempDir));
    let at = 0;
    for (const hex of INSTRUCTIONS) {
      expect(decodeX86(code, at)?.length, hex).toBe(bytes(hex).length);
      at += bytes(hex).length;
    }
  });

  it('marks near returns only', () => {
    expect(x86ReturnOffsets(bytes('55 c3 c2 08 00 f3 c3 cb 0f c3 00'))).toEqual([1, 2, 5]);
  });

  it('knows nothing of opcodes invalid in 64-bit mode, unknown maps or cut instructions', () => {
    for (const hex of [
      '06',
      '62 f0 7d 48 6f c0',
      'c4 e0 7d 58 c0',
      'e8 00 00',
      '48',
      '66'.repeat(15) + '90',
    ]) {
      expect(decodeX86(bytes(hex), 0), hex).toBeNull();
    }
    expect(x86ReturnOffsets(bytes('c3 06 c3'))).toBeNull();
  });
});

/**
 * Decodes every function objdump decodes in `file`: each instruction must end where objdump's next
 * starts. Returns the places where it does not, and how many instructions were compared.
 */
function compareWithObjdump(file: string): { mismatches: string[]; checked: number } {
  const elf = openElf(file)!;
  const mismatches: string[] = [];
  let checked = 0;
  for (const { start, addresses } of objdumpInstructions(file)) {
    const offset = vaddrToFileOffset(elf, start);
    const code =
      offset === null || addresses.length < 2 ? null : readBytes(elf, offset, addresses.at(-1)! - start);
    if (!code) continue;
    for (let k = 0; k + 1 < addresses.length; k++) {
      const at = addresses[k]! - start;
      const objdumpLength = addresses[k + 1]! - addresses[k]!;
      let length = decodeX86(code, at)?.length;
      // objdump prints FWAIT and some x87 instructions after it as one (fstsw is 9b df e0).
      if (code[at] === 0x9b && objdumpLength > 1) length = 1 + (decodeX86(code, at + 1)?.length ?? 0);
      if (length !== objdumpLength)
        mismatches.push(`0x${addresses[k]!.toString(16)}: ${length} != ${objdumpLength}`);
      checked++;
    }
  }
  closeElf(elf);
  return { mismatches, checked };
}

describe('x86 lengths against objdump over whole files', () => {
  it.each([
    ['a Go program', () => buildTlsClient('plain', tempDir)],
    ['libc (C with SSE, AVX2 and AVX-512)', () => path.join(LIB_DIR, 'libc.so.6')],
  ])(
    'agrees on every instruction of %s',
    (_, file) => {
      const { mismatches, checked } = compareWithObjdump(file());
      expect(mismatches).toEqual([]);
      expect(checked).toBeGreaterThan(100_000);
    },
    120_000,
  );
});
