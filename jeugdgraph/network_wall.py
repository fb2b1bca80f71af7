"""The second wall: worker processes that run queries and writes cannot open network connections.

``safety`` refuses SERVICE and LOAD before a query or update runs; should a text ever slip past
it, the engine still cannot reach the network from a worker that called ``close_network()``:

- **a network namespace of its own** (``unshare(CLONE_NEWNET)``; as a normal user together with a
  user namespace, where the system allows those): the process sees only a loopback device that
  is down, so every connection fails with "network unreachable", 127.0.0.1 included;
- **a seccomp filter** (Linux x86-64 and arm64, no privileges needed): ``socket()`` fails with
  EPERM for every address family but Unix sockets, which the worker's pipe to the server uses.

Both are set up when the worker starts, before it reads any request, and last as long as the
process. Where neither is available (other systems), ``close_network`` says so and the check in
``safety`` is the only wall; ``docs/security.md`` says what protects such a platform.

Python 3.11 has no ``os.unshare``, so both go through ``ctypes``. This module imports the
standard library only: worker processes import it before anything else.
"""

from __future__ import annotations

import ctypes
import errno
import os
import platform
import struct

CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000

_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2
_SECCOMP_SET_MODE_FILTER = 1
_SECCOMP_FILTER_FLAG_TSYNC = 1
_RET_ALLOW = 0x7FFF0000
_RET_ERRNO = 0x00050000
_AF_UNIX = 1
# machine -> (audit arch, socket syscall, seccomp syscall, x32 bit to refuse or 0)
_ARCHES = {
    "x86_64": (0xC000003E, 41, 317, 0x40000000),
    "aarch64": (0xC00000B7, 198, 277, 0),
}
# classic BPF opcodes
_LD_W_ABS = 0x20
_JEQ_K = 0x15
_JGE_K = 0x35
_RET_K = 0x06


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def _unshare_network() -> bool:
    """Move this process into a network namespace of its own; False where that is not allowed."""
    libc = _libc()
    if os.geteuid() == 0:
        return libc.unshare(CLONE_NEWNET) == 0
    uid, gid = os.geteuid(), os.getegid()
    if libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0:
        return False
    try:  # map our own ids, so files keep their owner inside the namespace
        with open("/proc/self/setgroups", "w") as handle:
            handle.write("deny")
        with open("/proc/self/uid_map", "w") as handle:
            handle.write(f"{uid} {uid} 1")
        with open("/proc/self/gid_map", "w") as handle:
            handle.write(f"{gid} {gid} 1")
    except OSError:
        pass  # unmapped ids still read the same files: the kernel checks the real ids
    return True


def _filter_program(arch: int, socket_nr: int, x32_bit: int) -> bytes:
    """A seccomp program: ``socket(family, ...)`` with any family but AF_UNIX fails with EPERM."""
    deny = _RET_ERRNO | errno.EPERM
    code = [
        (_LD_W_ABS, 0, 0, 4),  # seccomp_data.arch
        (_JEQ_K, 1, 0, arch),
        (_RET_K, 0, 0, deny),  # another ABI on this machine (i386 on x86-64): no sockets there
        (_LD_W_ABS, 0, 0, 0),  # seccomp_data.nr
    ]
    if x32_bit:
        code += [(_JGE_K, 0, 1, x32_bit), (_RET_K, 0, 0, deny)]
    code += [
        (_JEQ_K, 1, 0, socket_nr),
        (_RET_K, 0, 0, _RET_ALLOW),
        (_LD_W_ABS, 0, 0, 16),  # low word of seccomp_data.args[0]: the address family
        (_JEQ_K, 0, 1, _AF_UNIX),
        (_RET_K, 0, 0, _RET_ALLOW),
        (_RET_K, 0, 0, deny),
    ]
    return b"".join(struct.pack("HBBI", *instruction) for instruction in code)


def _seccomp_no_sockets() -> bool:
    """Install the filter for every thread of this process; False where the system has no seccomp."""
    arches = _ARCHES.get(platform.machine())
    if arches is None or os.uname().sysname != "Linux":
        return False
    arch, socket_nr, seccomp_nr, x32_bit = arches
    program = _filter_program(arch, socket_nr, x32_bit)
    instructions = ctypes.create_string_buffer(program, len(program))

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    fprog = SockFprog(len(program) // 8, ctypes.cast(instructions, ctypes.c_void_p))
    libc = _libc()
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return False
    flags = _SECCOMP_FILTER_FLAG_TSYNC
    if libc.syscall(seccomp_nr, _SECCOMP_SET_MODE_FILTER, flags, ctypes.byref(fprog)) == 0:
        return True
    return libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) == 0


def close_network() -> tuple[str, ...]:
    """Cut this process off from the network for good; the walls that now stand
    (``"namespace"``, ``"seccomp"``), empty where the system offers neither.

    Call it while the process has one thread (a namespace needs that)."""
    walls: list[str] = []
    try:
        if _unshare_network():
            walls.append("namespace")
    except (OSError, AttributeError):
        pass
    try:
        if _seccomp_no_sockets():
            walls.append("seccomp")
    except (OSError, AttributeError):
        pass
    return tuple(walls)
