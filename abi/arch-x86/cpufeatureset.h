/* SPDX-License-Identifier: MIT */
/*
 * The x86 featureset: Xen's numbering of CPU features.  A featureset is a
 * bitmap held in 32-bit words; each word is one CPUID output register (or
 * MSR half) as the vendors' manuals define it, never a synthetic one, and
 * new words are only ever appended.  Feature NAME is bit VALUE, written
 * word*32+bit.
 *
 * The list is an X-macro, XEN_CPUFEATURE(NAME, VALUE), and the file can be
 * used two ways:
 *
 *  - included plainly: it is guarded as usual and gives an anonymous enum
 *    with an XEN_X86_FEATURE_<NAME> enumerator per feature;
 *
 *  - included with the user's own XEN_CPUFEATURE(name, value) defined: no
 *    guard applies, every entry expands through the user's macro, and the
 *    user is responsible for the context it expands in.
 *
 * Xen's build also reads the list as text (xen/tools/gen-cpuid.py), so
 * the feature lines and the featureset word headings keep their exact
 * form: one XEN_CPUFEATURE(...) per line, followed by a comment whose
 * first characters are the feature's attributes (see below).
 */
#pragma xenabi profiles x86_32 x86_64

/* SAF-8-safe inclusion procedure left to caller */
#ifndef XEN_CPUFEATURE

/* Plain include: guard, default XEN_CPUFEATURE, the opening of the enum. */
#ifndef XEN_PUBLIC_ARCH_X86_CPUFEATURESET_H
#define XEN_PUBLIC_ARCH_X86_CPUFEATURESET_H

#define XEN_CPUFEATURESET_DEFAULT_INCLUDE

#define XEN_CPUFEATURE(name, value) XEN_X86_FEATURE_##name = value,
/* __extension__: the list leaves a comma before the closing brace, which
 * strict C89 and C++98 would warn about. */
#if defined(__GNUC__)
__extension__
#endif
enum {

#endif /* XEN_PUBLIC_ARCH_X86_CPUFEATURESET_H */
#endif /* !XEN_CPUFEATURE */


#ifdef XEN_CPUFEATURE
/*
 * Attributes: the characters that open the comment after each feature, up
 * to the first space.  They drive Xen's policy for guests; none of them is
 * part of the public ABI.
 *
 *   '!'  special: not simply "the hardware has this"; Xen treats the bit
 *        in its own way and may override what the toolstack asks for.
 *   'A'  offered to all guests
 *   'S'  offered to HVM guests (not PV)
 *   'H'  offered to HVM guests using HAP (not PV, not shadow paging)
 *        Upper case: on by default.  Lower case ('a', 's', 'h'): off by
 *        default, the toolstack may turn it on.
 *   '|'  for migration, the pool-wide value is the union (any host having
 *        it) rather than the intersection.
 *
 * No letter: the feature is in no guest's maximum policy.
 */

/* Featureset word 0 is CPUID 0x00000001, EDX (Intel) */
XEN_CPUFEATURE(FPU,           0*32+ 0) /*A  x87 floating point unit present */
XEN_CPUFEATURE(VME,           0*32+ 1) /*S  virtual-8086 mode enhancements */
XEN_CPUFEATURE(DE,            0*32+ 2) /*A  debugging extensions (CR4.DE, I/O breakpoints) */
XEN_CPUFEATURE(PSE,           0*32+ 3) /*S  4M pages with 32-bit paging */
XEN_CPUFEATURE(TSC,           0*32+ 4) /*A  time-stamp counter and RDTSC */
XEN_CPUFEATURE(MSR,           0*32+ 5) /*A  RDMSR and WRMSR */
XEN_CPUFEATURE(PAE,           0*32+ 6) /*A  physical address extension paging */
XEN_CPUFEATURE(MCE,           0*32+ 7) /*A  #MC exception */
XEN_CPUFEATURE(CX8,           0*32+ 8) /*A  CMPXCHG8B */
XEN_CPUFEATURE(APIC,          0*32+ 9) /*!A local APIC present */
XEN_CPUFEATURE(SEP,           0*32+11) /*A  SYSENTER and SYSEXIT */
XEN_CPUFEATURE(MTRR,          0*32+12) /*S  memory type range registers */
XEN_CPUFEATURE(PGE,           0*32+13) /*S  global pages (CR4.PGE) */
XEN_CPUFEATURE(MCA,           0*32+14) /*A  machine-check architecture MSRs */
XEN_CPUFEATURE(CMOV,          0*32+15) /*A  CMOVcc (plus FCMOVcc/FCOMI with an FPU) */
XEN_CPUFEATURE(PAT,           0*32+16) /*A  page attribute table */
XEN_CPUFEATURE(PSE36,         0*32+17) /*S  PSE pages above 4G (36-bit) */
XEN_CPUFEATURE(CLFLUSH,       0*32+19) /*A  CLFLUSH */
XEN_CPUFEATURE(DS,            0*32+21) /*   debug store buffer */
XEN_CPUFEATURE(ACPI,          0*32+22) /*A  thermal monitor and clock control MSRs */
XEN_CPUFEATURE(MMX,           0*32+23) /*A  MMX instructions */
XEN_CPUFEATURE(FXSR,          0*32+24) /*A  FXSAVE and FXRSTOR */
XEN_CPUFEATURE(SSE,           0*32+25) /*A  SSE instructions */
XEN_CPUFEATURE(SSE2,          0*32+26) /*A  SSE2 instructions */
XEN_CPUFEATURE(SS,            0*32+27) /*A  self snoop */
XEN_CPUFEATURE(HTT,           0*32+28) /*!A more than one logical processor per package */
XEN_CPUFEATURE(TM1,           0*32+29) /*   thermal monitor (automatic) */
XEN_CPUFEATURE(PBE,           0*32+31) /*   pending break enable (FERR#/PBE# pin) */

/* Featureset word 1 is CPUID 0x00000001, ECX (Intel) */
XEN_CPUFEATURE(SSE3,          1*32+ 0) /*A  SSE3 instructions */
XEN_CPUFEATURE(PCLMULQDQ,     1*32+ 1) /*A  PCLMULQDQ carry-less multiply */
XEN_CPUFEATURE(DTES64,        1*32+ 2) /*   debug store with 64-bit addresses */
XEN_CPUFEATURE(MONITOR,       1*32+ 3) /*   MONITOR and MWAIT */
XEN_CPUFEATURE(DSCPL,         1*32+ 4) /*   debug store filtered by CPL */
XEN_CPUFEATURE(VMX,           1*32+ 5) /*h  Intel VT-x (nested virtualisation) */
XEN_CPUFEATURE(SMX,           1*32+ 6) /*   safer mode (GETSEC) */
XEN_CPUFEATURE(EIST,          1*32+ 7) /*   Enhanced Intel SpeedStep */
XEN_CPUFEATURE(TM2,           1*32+ 8) /*   thermal monitor 2 */
XEN_CPUFEATURE(SSSE3,         1*32+ 9) /*A  SSSE3 instructions */
XEN_CPUFEATURE(SDBG,          1*32+11) /*   IA32_DEBUG_INTERFACE MSR (silicon debug) */
XEN_CPUFEATURE(FMA,           1*32+12) /*A  FMA3 fused multiply-add */
XEN_CPUFEATURE(CX16,          1*32+13) /*A  CMPXCHG16B */
XEN_CPUFEATURE(XTPR,          1*32+14) /*   xTPR update control */
XEN_CPUFEATURE(PDCM,          1*32+15) /*   IA32_PERF_CAPABILITIES MSR */
XEN_CPUFEATURE(PCID,          1*32+17) /*H  process-context identifiers (CR4.PCIDE) */
XEN_CPUFEATURE(DCA,           1*32+18) /*   direct cache access */
XEN_CPUFEATURE(SSE4_1,        1*32+19) /*A  SSE4.1 instructions */
XEN_CPUFEATURE(SSE4_2,        1*32+20) /*A  SSE4.2 instructions */
XEN_CPUFEATURE(X2APIC,        1*32+21) /*!S x2APIC mode */
XEN_CPUFEATURE(MOVBE,         1*32+22) /*A  MOVBE */
XEN_CPUFEATURE(POPCNT,        1*32+23) /*A  POPCNT */
XEN_CPUFEATURE(TSC_DEADLINE,  1*32+24) /*S  APIC timer TSC-deadline mode */
XEN_CPUFEATURE(AESNI,         1*32+25) /*A  AES-NI instructions */
XEN_CPUFEATURE(XSAVE,         1*32+26) /*A  XSAVE, XRSTOR, XSETBV, XGETBV */
XEN_CPUFEATURE(OSXSAVE,       1*32+27) /*!  CR4.OSXSAVE is set (mirror of the OS setting) */
XEN_CPUFEATURE(AVX,           1*32+28) /*A  AVX instructions */
XEN_CPUFEATURE(F16C,          1*32+29) /*A  half-precision conversions */
XEN_CPUFEATURE(RDRAND,        1*32+30) /*!A RDRAND */
XEN_CPUFEATURE(HYPERVISOR,    1*32+31) /*!A running on a hypervisor */

/* Featureset word 2 is CPUID 0x80000001, EDX (AMD) */
XEN_CPUFEATURE(SYSCALL,       2*32+11) /*A  SYSCALL and SYSRET */
XEN_CPUFEATURE(NX,            2*32+20) /*A  no-execute page protection */
XEN_CPUFEATURE(MMXEXT,        2*32+22) /*A  AMD extensions to MMX */
XEN_CPUFEATURE(FFXSR,         2*32+25) /*A  fast FXSAVE/FXRSTOR (EFER.FFXSR) */
XEN_CPUFEATURE(PAGE1GB,       2*32+26) /*H  1G pages */
XEN_CPUFEATURE(RDTSCP,        2*32+27) /*A  RDTSCP */
XEN_CPUFEATURE(LM,            2*32+29) /*A  long mode (64-bit) */
XEN_CPUFEATURE(3DNOWEXT,      2*32+30) /*A  AMD extensions to 3DNow! */
XEN_CPUFEATURE(3DNOW,         2*32+31) /*A  3DNow! instructions */

/* Featureset word 3 is CPUID 0x80000001, ECX (AMD) */
XEN_CPUFEATURE(LAHF_LM,       3*32+ 0) /*A  LAHF and SAHF in 64-bit mode */
XEN_CPUFEATURE(CMP_LEGACY,    3*32+ 1) /*!A core multi-processing legacy mode (HTT then does not mean threads) */
XEN_CPUFEATURE(SVM,           3*32+ 2) /*h  AMD-V (nested virtualisation) */
XEN_CPUFEATURE(EXTAPIC,       3*32+ 3) /*   extended APIC register space */
XEN_CPUFEATURE(CR8_LEGACY,    3*32+ 4) /*S  CR8 reachable from 32-bit mode (LOCK MOV CR0) */
XEN_CPUFEATURE(ABM,           3*32+ 5) /*A  LZCNT (advanced bit manipulation) */
XEN_CPUFEATURE(SSE4A,         3*32+ 6) /*A  SSE4a instructions */
XEN_CPUFEATURE(MISALIGNSSE,   3*32+ 7) /*A  misaligned SSE memory operands allowed */
XEN_CPUFEATURE(3DNOWPREFETCH, 3*32+ 8) /*A  PREFETCH and PREFETCHW */
XEN_CPUFEATURE(OSVW,          3*32+ 9) /*   OS-visible workaround MSRs */
XEN_CPUFEATURE(IBS,           3*32+10) /*   instruction-based sampling */
XEN_CPUFEATURE(XOP,           3*32+11) /*A  XOP instructions */
XEN_CPUFEATURE(SKINIT,        3*32+12) /*   SKINIT and STGI */
XEN_CPUFEATURE(WDT,           3*32+13) /*   watchdog timer */
XEN_CPUFEATURE(LWP,           3*32+15) /*   lightweight profiling */
XEN_CPUFEATURE(FMA4,          3*32+16) /*A  FMA4 four-operand multiply-add */
XEN_CPUFEATURE(NODEID_MSR,    3*32+19) /*   node id MSR */
XEN_CPUFEATURE(TBM,           3*32+21) /*A  trailing bit manipulation instructions */
XEN_CPUFEATURE(TOPOEXT,       3*32+22) /*   topology extension leaves */
XEN_CPUFEATURE(DBEXT,         3*32+26) /*A  data breakpoint address masks */
XEN_CPUFEATURE(MONITORX,      3*32+29) /*   MONITORX and MWAITX */
XEN_CPUFEATURE(ADDR_MSK_EXT,  3*32+30) /*A  wider breakpoint address masks */

/* Featureset word 4 is CPUID 0x0000000D sub-leaf 1, EAX (Intel) */
XEN_CPUFEATURE(XSAVEOPT,      4*32+ 0) /*A  XSAVEOPT */
XEN_CPUFEATURE(XSAVEC,        4*32+ 1) /*A  XSAVEC (compacted format) */
XEN_CPUFEATURE(XGETBV1,       4*32+ 2) /*A  XGETBV with ECX = 1 */
XEN_CPUFEATURE(XSAVES,        4*32+ 3) /*S  XSAVES and XRSTORS (supervisor states) */
XEN_CPUFEATURE(XFD,           4*32+ 4) /*   extended feature disable (MSR_XFD, MSR_XFD_ERR) */

/* Featureset word 5 is CPUID 0x00000007 sub-leaf 0, EBX (Intel) */
XEN_CPUFEATURE(FSGSBASE,      5*32+ 0) /*A  RDFSBASE, RDGSBASE, WRFSBASE, WRGSBASE */
XEN_CPUFEATURE(TSC_ADJUST,    5*32+ 1) /*S  IA32_TSC_ADJUST MSR */
XEN_CPUFEATURE(SGX,           5*32+ 2) /*   Software Guard Extensions */
XEN_CPUFEATURE(BMI1,          5*32+ 3) /*A  bit manipulation set 1 */
XEN_CPUFEATURE(HLE,           5*32+ 4) /*!a hardware lock elision (XACQUIRE/XRELEASE) */
XEN_CPUFEATURE(AVX2,          5*32+ 5) /*A  AVX2 instructions */
XEN_CPUFEATURE(FDP_EXCP_ONLY, 5*32+ 6) /*!  x87 FDP written only on unmasked exceptions */
XEN_CPUFEATURE(SMEP,          5*32+ 7) /*S  supervisor-mode execution prevention */
XEN_CPUFEATURE(BMI2,          5*32+ 8) /*A  bit manipulation set 2 */
XEN_CPUFEATURE(ERMS,          5*32+ 9) /*A  fast REP MOVSB/STOSB */
XEN_CPUFEATURE(INVPCID,       5*32+10) /*H  INVPCID */
XEN_CPUFEATURE(RTM,           5*32+11) /*!A restricted transactional memory (XBEGIN...) */
XEN_CPUFEATURE(PQM,           5*32+12) /*   resource monitoring (RDT-M) */
XEN_CPUFEATURE(NO_FPU_SEL,    5*32+13) /*!  x87 CS and DS saved as zero */
XEN_CPUFEATURE(MPX,           5*32+14) /*s  memory protection extensions (bounds registers) */
XEN_CPUFEATURE(PQE,           5*32+15) /*   resource allocation (RDT-A) */
XEN_CPUFEATURE(AVX512F,       5*32+16) /*A  AVX-512 foundation */
XEN_CPUFEATURE(AVX512DQ,      5*32+17) /*A  AVX-512 doubleword and quadword */
XEN_CPUFEATURE(RDSEED,        5*32+18) /*A  RDSEED */
XEN_CPUFEATURE(ADX,           5*32+19) /*A  ADCX and ADOX */
XEN_CPUFEATURE(SMAP,          5*32+20) /*S  supervisor-mode access prevention */
XEN_CPUFEATURE(AVX512_IFMA,   5*32+21) /*A  AVX-512 52-bit integer multiply-add */
XEN_CPUFEATURE(CLFLUSHOPT,    5*32+23) /*A  CLFLUSHOPT */
XEN_CPUFEATURE(CLWB,          5*32+24) /*!A CLWB */
XEN_CPUFEATURE(PROC_TRACE,    5*32+25) /*   Intel Processor Trace */
XEN_CPUFEATURE(AVX512PF,      5*32+26) /*   AVX-512 prefetch (Xeon Phi) */
XEN_CPUFEATURE(AVX512ER,      5*32+27) /*   AVX-512 exponential and reciprocal (Xeon Phi) */
XEN_CPUFEATURE(AVX512CD,      5*32+28) /*A  AVX-512 conflict detection */
XEN_CPUFEATURE(SHA,           5*32+29) /*A  SHA-1 and SHA-256 instructions */
XEN_CPUFEATURE(AVX512BW,      5*32+30) /*A  AVX-512 byte and word */
XEN_CPUFEATURE(AVX512VL,      5*32+31) /*A  AVX-512 on 128/256-bit vectors */

/* Featureset word 6 is CPUID 0x00000007 sub-leaf 0, ECX (Intel) */
XEN_CPUFEATURE(PREFETCHWT1,   6*32+ 0) /*A  PREFETCHWT1 */
XEN_CPUFEATURE(AVX512_VBMI,   6*32+ 1) /*A  AVX-512 byte permutes (VBMI) */
XEN_CPUFEATURE(UMIP,          6*32+ 2) /*S  user-mode instruction prevention (SGDT, SIDT... at CPL > 0) */
XEN_CPUFEATURE(PKU,           6*32+ 3) /*H  user protection keys */
XEN_CPUFEATURE(OSPKE,         6*32+ 4) /*!  CR4.PKE is set (mirror of the OS setting) */
XEN_CPUFEATURE(WAITPKG,       6*32+ 5) /*   UMONITOR, UMWAIT, TPAUSE */
XEN_CPUFEATURE(AVX512_VBMI2,  6*32+ 6) /*A  AVX-512 VBMI2 (compress, expand, concatenated shifts) */
XEN_CPUFEATURE(CET_SS,        6*32+ 7) /*   CET shadow stacks */
XEN_CPUFEATURE(GFNI,          6*32+ 8) /*A  Galois-field instructions */
XEN_CPUFEATURE(VAES,          6*32+ 9) /*A  AES on vector registers */
XEN_CPUFEATURE(VPCLMULQDQ,    6*32+10) /*A  carry-less multiply on vector registers */
XEN_CPUFEATURE(AVX512_VNNI,   6*32+11) /*A  AVX-512 vector neural-network instructions */
XEN_CPUFEATURE(AVX512_BITALG, 6*32+12) /*A  AVX-512 VPOPCNTB/W and VPSHUFBITQMB */
XEN_CPUFEATURE(TME,           6*32+13) /*   total memory encryption */
XEN_CPUFEATURE(AVX512_VPOPCNTDQ, 6*32+14) /*A  AVX-512 VPOPCNTD/Q */
XEN_CPUFEATURE(LA57,          6*32+16) /*   5-level paging, 57-bit linear addresses */
XEN_CPUFEATURE(RDPID,         6*32+22) /*A  RDPID */
XEN_CPUFEATURE(BLD,           6*32+24) /*   bus-lock detection (#DB after the access) */
XEN_CPUFEATURE(CLDEMOTE,      6*32+25) /*A  CLDEMOTE */
XEN_CPUFEATURE(MOVDIRI,       6*32+27) /*a  MOVDIRI */
XEN_CPUFEATURE(MOVDIR64B,     6*32+28) /*a  MOVDIR64B */
XEN_CPUFEATURE(ENQCMD,        6*32+29) /*   ENQCMD and ENQCMDS */
XEN_CPUFEATURE(SGX_LC,        6*32+30) /*   SGX launch control */
XEN_CPUFEATURE(PKS,           6*32+31) /*H  supervisor protection keys */

/* Featureset word 7 is CPUID 0x80000007, EDX (AMD) */
XEN_CPUFEATURE(HW_PSTATE,     7*32+ 7) /*   hardware P-state control */
XEN_CPUFEATURE(ITSC,          7*32+ 8) /*a  invariant TSC (constant rate in all states) */
XEN_CPUFEATURE(CPB,           7*32+ 9) /*   core performance boost */
XEN_CPUFEATURE(EFRO,          7*32+10) /*   read-only APERF/MPERF */

/* Featureset word 8 is CPUID 0x80000008, EBX (AMD) */
XEN_CPUFEATURE(CLZERO,        8*32+ 0) /*A  CLZERO */
XEN_CPUFEATURE(RSTR_FP_ERR_PTRS, 8*32+ 2) /*A  FXSAVE/XSAVE always keep the x87 error pointers */
XEN_CPUFEATURE(WBNOINVD,      8*32+ 9) /*   WBNOINVD */
XEN_CPUFEATURE(IBPB,          8*32+12) /*A  IBPB alone, without IBRS (AMD) */
XEN_CPUFEATURE(IBRS,          8*32+14) /*S  MSR_SPEC_CTRL.IBRS */
XEN_CPUFEATURE(AMD_STIBP,     8*32+15) /*S  MSR_SPEC_CTRL.STIBP */
XEN_CPUFEATURE(IBRS_ALWAYS,   8*32+16) /*S  best left with IBRS permanently on */
XEN_CPUFEATURE(STIBP_ALWAYS,  8*32+17) /*S  best left with STIBP permanently on */
XEN_CPUFEATURE(IBRS_FAST,     8*32+18) /*S  IBRS cheaper than software mitigations */
XEN_CPUFEATURE(IBRS_SAME_MODE, 8*32+19) /*S  IBRS also protects within one privilege mode */
XEN_CPUFEATURE(NO_LMSL,       8*32+20) /*S| EFER.LMSLE is not available */
XEN_CPUFEATURE(AMD_PPIN,      8*32+23) /*   protected processor inventory number */
XEN_CPUFEATURE(AMD_SSBD,      8*32+24) /*S  MSR_SPEC_CTRL.SSBD */
XEN_CPUFEATURE(VIRT_SSBD,     8*32+25) /*!  MSR_VIRT_SPEC_CTRL.SSBD */
XEN_CPUFEATURE(SSB_NO,        8*32+26) /*A  not affected by speculative store bypass */
XEN_CPUFEATURE(CPPC,          8*32+27) /*   collaborative processor performance control */
XEN_CPUFEATURE(PSFD,          8*32+28) /*S  MSR_SPEC_CTRL.PSFD */
XEN_CPUFEATURE(BTC_NO,        8*32+29) /*A  not affected by branch type confusion */
XEN_CPUFEATURE(IBPB_RET,      8*32+30) /*A  IBPB also flushes return predictions (RSB/RAS) */

/* Featureset word 9 is CPUID 0x00000007 sub-leaf 0, EDX (Intel) */
XEN_CPUFEATURE(SGX_KEYS,      9*32+ 1) /*   SGX attestation keys */
XEN_CPUFEATURE(AVX512_4VNNIW, 9*32+ 2) /*   AVX-512 4-iteration neural-network words (Xeon Phi) */
XEN_CPUFEATURE(AVX512_4FMAPS, 9*32+ 3) /*   AVX-512 4-iteration single-precision FMA (Xeon Phi) */
XEN_CPUFEATURE(FSRM,          9*32+ 4) /*A  fast short REP MOVSB */
XEN_CPUFEATURE(UINTR,         9*32+ 5) /*   user interrupts */
XEN_CPUFEATURE(AVX512_VP2INTERSECT, 9*32+8) /*a  VP2INTERSECTD and VP2INTERSECTQ */
XEN_CPUFEATURE(SRBDS_CTRL,    9*32+ 9) /*   MSR_MCU_OPT_CTRL.RNGDS_MITG_DIS */
XEN_CPUFEATURE(MD_CLEAR,      9*32+10) /*!A| VERW flushes microarchitectural buffers */
XEN_CPUFEATURE(RTM_ALWAYS_ABORT, 9*32+11) /*! RTM off: XBEGIN always aborts, does not fault */
XEN_CPUFEATURE(TSX_FORCE_ABORT, 9*32+13) /* MSR_TSX_FORCE_ABORT.RTM_ABORT */
XEN_CPUFEATURE(SERIALIZE,     9*32+14) /*A  SERIALIZE */
XEN_CPUFEATURE(HYBRID,        9*32+15) /*   cores of more than one type */
XEN_CPUFEATURE(TSXLDTRK,      9*32+16) /*a  XSUSLDTRK and XRESLDTRK */
XEN_CPUFEATURE(PCONFIG,       9*32+18) /*   PCONFIG */
XEN_CPUFEATURE(ARCH_LBR,      9*32+19) /*   architectural last-branch records */
XEN_CPUFEATURE(CET_IBT,       9*32+20) /*   CET indirect-branch tracking */
XEN_CPUFEATURE(AMX_BF16,      9*32+22) /*   AMX bfloat16 */
XEN_CPUFEATURE(AVX512_FP16,   9*32+23) /*A  AVX-512 half precision */
XEN_CPUFEATURE(AMX_TILE,      9*32+24) /*   AMX tile registers */
XEN_CPUFEATURE(AMX_INT8,      9*32+25) /*   AMX 8-bit integers */
XEN_CPUFEATURE(IBRSB,         9*32+26) /*A  IBRS and IBPB (Intel) */
XEN_CPUFEATURE(STIBP,         9*32+27) /*A  STIBP (Intel) */
XEN_CPUFEATURE(L1D_FLUSH,     9*32+28) /*S  MSR_FLUSH_CMD.L1D */
XEN_CPUFEATURE(ARCH_CAPS,     9*32+29) /*!A MSR_ARCH_CAPABILITIES */
XEN_CPUFEATURE(CORE_CAPS,     9*32+30) /*   MSR_CORE_CAPABILITIES */
XEN_CPUFEATURE(SSBD,          9*32+31) /*A  MSR_SPEC_CTRL.SSBD (Intel) */

/* Featureset word 10 is CPUID 0x00000007 sub-leaf 1, EAX (Intel) */
XEN_CPUFEATURE(SHA512,       10*32+ 0) /*A  SHA-512 instructions */
XEN_CPUFEATURE(SM3,          10*32+ 1) /*A  SM3 hash instructions */
XEN_CPUFEATURE(SM4,          10*32+ 2) /*A  SM4 cipher instructions */
XEN_CPUFEATURE(AVX_VNNI,     10*32+ 4) /*A  VEX-encoded neural-network instructions */
XEN_CPUFEATURE(AVX512_BF16,  10*32+ 5) /*A  AVX-512 bfloat16 */
XEN_CPUFEATURE(LASS,         10*32+ 6) /*s  linear address space separation */
XEN_CPUFEATURE(CMPCCXADD,    10*32+ 7) /*a  CMPccXADD */
XEN_CPUFEATURE(ARCH_PERF_MON, 10*32+8) /*   architectural performance monitoring leaf 0x23 */
XEN_CPUFEATURE(FZRM,         10*32+10) /*A  fast zero-length REP MOVSB */
XEN_CPUFEATURE(FSRS,         10*32+11) /*A  fast short REP STOSB */
XEN_CPUFEATURE(FSRCS,        10*32+12) /*A  fast short REP CMPSB and SCASB */
XEN_CPUFEATURE(FRED,         10*32+17) /*   flexible return and event delivery */
XEN_CPUFEATURE(LKGS,         10*32+18) /*   LKGS */
XEN_CPUFEATURE(WRMSRNS,      10*32+19) /*S  WRMSRNS (non-serialising WRMSR) */
XEN_CPUFEATURE(NMI_SRC,      10*32+20) /*   NMI source reporting */
XEN_CPUFEATURE(AMX_FP16,     10*32+21) /*   AMX half precision */
XEN_CPUFEATURE(AVX_IFMA,     10*32+23) /*A  VEX-encoded 52-bit integer multiply-add */
XEN_CPUFEATURE(LAM,          10*32+26) /*   linear address masking */
XEN_CPUFEATURE(MSRLIST,      10*32+27) /*   RDMSRLIST and WRMSRLIST */
XEN_CPUFEATURE(NO_INVD,      10*32+30) /*   INVD cannot be used */
XEN_CPUFEATURE(MOVRS,        10*32+31) /*a  MOVRS (read-shared loads) */

/* Featureset word 11 is CPUID 0x80000021, EAX (AMD) */
XEN_CPUFEATURE(NO_NEST_BP,         11*32+ 0) /*A  no nested data breakpoints */
XEN_CPUFEATURE(FS_GS_NS,           11*32+ 1) /*S| FS/GS base MSR writes do not serialise */
XEN_CPUFEATURE(LFENCE_DISPATCH,    11*32+ 2) /*A  LFENCE is dispatch-serialising */
XEN_CPUFEATURE(VERW_CLEAR,         11*32+ 5) /*!A| VERW flushes microarchitectural buffers (AMD) */
XEN_CPUFEATURE(NSCB,               11*32+ 6) /*A  loading a null selector clears base and limit */
XEN_CPUFEATURE(AUTO_IBRS,          11*32+ 8) /*S  automatic IBRS */
XEN_CPUFEATURE(AMD_FSRS,           11*32+10) /*A  fast short REP STOSB (AMD) */
XEN_CPUFEATURE(AMD_FSRC,           11*32+11) /*A  fast short REP CMPSB (AMD) */
XEN_CPUFEATURE(CPUID_USER_DIS,     11*32+17) /*   CPUID can be disabled for CPL > 0 */
XEN_CPUFEATURE(EPSF,               11*32+18) /*A  enhanced predictive store forwarding */
XEN_CPUFEATURE(FSRSC,              11*32+19) /*A  fast short REP SCASB */
XEN_CPUFEATURE(AMD_PREFETCHI,      11*32+20) /*A  PREFETCHIT0 and PREFETCHIT1 (AMD) */
XEN_CPUFEATURE(AVX512_BMM,         11*32+23) /*a  AVX-512 bit-matrix manipulation */
XEN_CPUFEATURE(SBPB,               11*32+27) /*A  selective branch predictor barrier */
XEN_CPUFEATURE(IBPB_BRTYPE,        11*32+28) /*A  IBPB also flushes branch type predictions */
XEN_CPUFEATURE(SRSO_NO,            11*32+29) /*A  not affected by speculative return stack overflow */
XEN_CPUFEATURE(SRSO_US_NO,         11*32+30) /*A! not affected by SRSO between user and supervisor */
XEN_CPUFEATURE(SRSO_MSR_FIX,       11*32+31) /*   MSR_BP_CFG.BP_SPEC_REDUCE */

/* Featureset word 12 is CPUID 0x00000007 sub-leaf 1, EBX (Intel) */
XEN_CPUFEATURE(INTEL_PPIN,         12*32+ 0) /*   protected processor inventory number (Intel) */

/* Featureset word 13 is CPUID 0x00000007 sub-leaf 2, EDX (Intel) */
XEN_CPUFEATURE(INTEL_PSFD,         13*32+ 0) /*A  MSR_SPEC_CTRL.PSFD (Intel) */
XEN_CPUFEATURE(IPRED_CTRL,         13*32+ 1) /*S  MSR_SPEC_CTRL.IPRED_DIS_U/S */
XEN_CPUFEATURE(RRSBA_CTRL,         13*32+ 2) /*S  MSR_SPEC_CTRL.RRSBA_DIS_U/S */
XEN_CPUFEATURE(DDP_CTRL,           13*32+ 3) /*   MSR_SPEC_CTRL.DDP_DIS_U */
XEN_CPUFEATURE(BHI_CTRL,           13*32+ 4) /*S  MSR_SPEC_CTRL.BHI_DIS_S */
XEN_CPUFEATURE(MCDT_NO,            13*32+ 5) /*A  no MXCSR configuration-dependent timing */
XEN_CPUFEATURE(UC_LOCK_DIS,        13*32+ 6) /*   locked accesses to UC memory can be disabled */

/* Featureset word 14 is CPUID 0x00000007 sub-leaf 1, ECX (Intel) */

/* Featureset word 15 is CPUID 0x00000007 sub-leaf 1, EDX (Intel) */
XEN_CPUFEATURE(AVX_VNNI_INT8,      15*32+ 4) /*A  VEX neural-network instructions on 8-bit integers */
XEN_CPUFEATURE(AVX_NE_CONVERT,     15*32+ 5) /*A  VEX bfloat16/half conversions without exceptions */
XEN_CPUFEATURE(AMX_COMPLEX,        15*32+ 8) /*   AMX complex numbers */
XEN_CPUFEATURE(AVX_VNNI_INT16,     15*32+10) /*A  VEX neural-network instructions on 16-bit integers */
XEN_CPUFEATURE(PREFETCHI,          15*32+14) /*A  PREFETCHIT0 and PREFETCHIT1 */
XEN_CPUFEATURE(UIRET_UIF,          15*32+17) /*   UIRET sets UIF from the stack */
XEN_CPUFEATURE(CET_SSS,            15*32+18) /*   supervisor shadow stacks are safe to use */
XEN_CPUFEATURE(SLSM,               15*32+24) /*   static lockstep mode */

/* Featureset word 16 is MSR_ARCH_CAPS (0x10a), low half EAX (Intel) */
XEN_CPUFEATURE(RDCL_NO,            16*32+ 0) /*A  not affected by rogue data cache load (Meltdown) */
XEN_CPUFEATURE(EIBRS,              16*32+ 1) /*A  enhanced IBRS */
XEN_CPUFEATURE(RSBA,               16*32+ 2) /*!  RSB underflow may use other predictors (retpoline not enough) */
XEN_CPUFEATURE(SKIP_L1DFL,         16*32+ 3) /*   no L1D flush needed on VM entry */
XEN_CPUFEATURE(INTEL_SSB_NO,       16*32+ 4) /*A  not affected by speculative store bypass (Intel) */
XEN_CPUFEATURE(MDS_NO,             16*32+ 5) /*A  not affected by microarchitectural data sampling */
XEN_CPUFEATURE(IF_PSCHANGE_MC_NO,  16*32+ 6) /*A  no #MC on instruction fetch after page size change */
XEN_CPUFEATURE(TSX_CTRL,           16*32+ 7) /*   MSR_TSX_CTRL */
XEN_CPUFEATURE(TAA_NO,             16*32+ 8) /*A  not affected by TSX asynchronous abort */
XEN_CPUFEATURE(MCU_CTRL,           16*32+ 9) /*   MSR_MCU_CTRL */
XEN_CPUFEATURE(MISC_PKG_CTRL,      16*32+10) /*   MSR_MISC_PKG_CTRL */
XEN_CPUFEATURE(ENERGY_FILTERING,   16*32+11) /*   MSR_MISC_PKG_CTRL.ENERGY_FILTERING */
XEN_CPUFEATURE(DOITM,              16*32+12) /*   data operand independent timing mode */
XEN_CPUFEATURE(SBDR_SSDP_NO,       16*32+13) /*A  not affected by shared buffer data read or sideband stale data propagation */
XEN_CPUFEATURE(FBSDP_NO,           16*32+14) /*A  not affected by fill buffer stale data propagation */
XEN_CPUFEATURE(PSDP_NO,            16*32+15) /*A  not affected by primary stale data propagation */
XEN_CPUFEATURE(MCU_EXT,            16*32+16) /*   MCU_STATUS and MCU_ENUMERATION MSRs */
XEN_CPUFEATURE(FB_CLEAR,           16*32+17) /*!A| VERW clears fill buffers */
XEN_CPUFEATURE(FB_CLEAR_CTRL,      16*32+18) /*   MSR_OPT_CPU_CTRL.FB_CLEAR_DIS */
XEN_CPUFEATURE(RRSBA,              16*32+19) /*!  RSB underflow may use alternate predictors (restricted) */
XEN_CPUFEATURE(BHI_NO,             16*32+20) /*A  not affected by branch history injection */
XEN_CPUFEATURE(XAPIC_STATUS,       16*32+21) /*   MSR_XAPIC_DISABLE_STATUS */
XEN_CPUFEATURE(OVRCLK_STATUS,      16*32+23) /*   MSR_OVERCLOCKING_STATUS */
XEN_CPUFEATURE(PBRSB_NO,           16*32+24) /*A  no RSB predictions after a barrier */
XEN_CPUFEATURE(GDS_CTRL,           16*32+25) /*   MCU_OPT_CTRL.GDS_MIT_DIS and GDS_MIT_LOCK */
XEN_CPUFEATURE(GDS_NO,             16*32+26) /*A  not affected by gather data sampling */
XEN_CPUFEATURE(RFDS_NO,            16*32+27) /*A  not affected by register file data sampling */
XEN_CPUFEATURE(RFDS_CLEAR,         16*32+28) /*!A| VERW clears the register files */
XEN_CPUFEATURE(IGN_UMONITOR,       16*32+29) /*   MCU_OPT_CTRL.IGN_UMONITOR */
XEN_CPUFEATURE(MON_UMON_MITG,      16*32+30) /*   MCU_OPT_CTRL.MON_UMON_MITG */

/* Featureset word 17 is MSR_ARCH_CAPS (0x10a), high half EDX (Intel); values written as 16*32 + MSR bit */
XEN_CPUFEATURE(PB_OPT_CTRL,        16*32+32) /*   MSR_PB_OPT_CTRL.IBPB_ALT */
XEN_CPUFEATURE(ITS_NO,             16*32+62) /*!A not affected by indirect target selection */

/* Featureset word 18 is CPUID 0x80000021, ECX (AMD) */
XEN_CPUFEATURE(TSA_SQ_NO,          18*32+ 1) /*A  not affected by transient scheduler attacks on the store queue */
XEN_CPUFEATURE(TSA_L1_NO,          18*32+ 2) /*A  not affected by transient scheduler attacks on L1D */

#endif /* XEN_CPUFEATURE */

/* After a plain include: forget the default macro and close the enum. */
#ifdef XEN_CPUFEATURESET_DEFAULT_INCLUDE
#undef XEN_CPUFEATURESET_DEFAULT_INCLUDE
#undef XEN_CPUFEATURE
};

#endif /* XEN_CPUFEATURESET_DEFAULT_INCLUDE */
