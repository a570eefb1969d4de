/* SPDX-License-Identifier: (GPL-2.0-only OR MIT) */
/* Maps and inline helpers shared by the hooks in egress.bpf.c. */
#ifndef EGRESS_LENS_BPF_H
#define EGRESS_LENS_BPF_H

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_endian.h>
#include "events.h"

#define AF_INET 2
#define AF_INET6 10
#define S_IFMT 00170000
#define S_IFSOCK 0140000
#define PROT_EXEC 0x4
#define MSG_PEEK 0x2
#define SIGSTOP 19
#define EEXIST 17
#define EINPROGRESS 115
#define DNS_PORT 53
/* Pid namespaces walked up from a task's to find the agent's: docker-in-docker is 2 deep. */
#define EL_PIDNS_DEPTH 8

/* Data-event flags above the socket flags of events.h. */
#define EL_DATA_FAULT 0x100 /* user memory unreadable: the chunk is a gap of `len` 0 */

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 32 << 20);
} events SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 65536);
	__type(key, __u32);   /* tgid */
	__type(value, __u32); /* enum el_track */
} tracked SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct el_config);
} agent_config SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 65536);
	__type(key, struct el_file_key);
	__type(value, __u32); /* enum el_file_state */
} known_files SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, EL_DROP_MAX);
	__type(key, __u32);
	__type(value, __u64);
} drops SEC(".maps");

/* Per-thread arguments of a socket syscall (or an exec mmap), from enter to exit. */
struct syscall_args {
	__u64 sk;
	__u64 buf;   /* buffer, iovec array, msghdr or mmsghdr array */
	__u64 count; /* length or vector length */
	__s32 fd;
	__u32 prot;
	__u8 kind;
	__u8 _pad[3];
	__u16 sock_flags;
	__u16 _pad2;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16384);
	__type(key, __u32); /* tid */
	__type(value, struct syscall_args);
} active_syscalls SEC(".maps");

/* A TLS library call in progress; the syscall it makes underneath names its socket. */
struct tls_call {
	__u64 handle;
	__u64 buf;
	__u64 out_len; /* size_t* of SSL_*_ex, 0 otherwise */
	__u64 len;     /* Go passes the length in at entry; others return it */
	__u64 sk;
	__s32 fd;
	__u8 source;
	__u8 direction;
	__u8 write_at; /* WRITE_AT_*: when a Go Write's plaintext is emitted */
	__u8 _pad;
};

/* Go's Write is emitted at its first socket syscall, where both its bytes and its socket are known:
 * at its return would be too late, as a program can exit once it has its answer, before the
 * goroutine that wrote the request gets back from Write. */
enum {
	WRITE_AT_RETURN = 0,  /* C libraries, and Go reads */
	WRITE_AT_SYSCALL = 1, /* a Go Write that has made no syscall yet */
	WRITE_EMITTED = 2,    /* a Go Write emitted at its syscall */
};

/* C libraries: keyed by thread id, the call never leaves its thread. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16384);
	__type(key, __u32);
	__type(value, struct tls_call);
} active_tls SEC(".maps");

/* Go: keyed by goroutine (the g pointer), which may move between threads while blocked. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16384);
	__type(key, __u64);
	__type(value, struct tls_call);
} active_go_tls SEC(".maps");

/* The last TLS write on a thread that made no syscall of its own: its socket write comes next. */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 16384);
	__type(key, __u32); /* tid */
	__type(value, __u64); /* handle */
} untied_tls SEC(".maps");

struct sock_state {
	__u64 tx;
	__u64 rx;
	__u32 flags;
	__u32 tgid;
	__u32 tls_raw_budget; /* egress bytes of a TLS socket worth copying: its ClientHello */
	__u32 _pad;
};

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 65536);
	__type(key, __u64); /* struct sock * */
	__type(value, struct sock_state);
} socks SEC(".maps");

static __always_inline void count_drop(__u32 reason)
{
	__u64 *n = bpf_map_lookup_elem(&drops, &reason);

	if (n)
		*n += 1;
}

static __always_inline bool is_traced(__u32 tgid)
{
	__u32 *mode = bpf_map_lookup_elem(&tracked, &tgid);

	return mode && *mode == EL_TRACK_ALL;
}

static __always_inline void fill_header(struct el_header *h, __u32 kind)
{
	__u64 id = bpf_get_current_pid_tgid();

	h->kind = kind;
	h->tgid = id >> 32;
	h->tid = (__u32)id;
	h->_pad = 0;
	h->ts_ns = bpf_ktime_get_ns();
}

/* Hold a task that runs a file no probe has looked at, so user space can attach first. Only while
 * the agent's heartbeat is fresh: a dead agent must never leave a task stopped. */
static __always_inline bool may_hold(void)
{
	__u32 zero = 0;
	struct el_config *c = bpf_map_lookup_elem(&agent_config, &zero);

	if (!c || !c->hold_unknown)
		return false;
	if (bpf_ktime_get_ns() - c->heartbeat_ns > c->stale_after_ns) {
		count_drop(EL_DROP_STOP_SKIPPED);
		return false;
	}
	return true;
}

/* The agent is exiting (killed, maybe): hold nothing more, no one would release it. Its exit hook
 * runs before its file descriptors close, so before its programs detach. */
static __always_inline void stop_holding_if_agent(__u32 tgid)
{
	__u32 zero = 0;
	struct el_config *c = bpf_map_lookup_elem(&agent_config, &zero);

	if (c && c->agent_tgid == tgid)
		c->hold_unknown = 0;
}

/* The pid namespace a task lives in (its pids are numbered there): task_active_pid_ns(). */
static __always_inline struct pid_namespace *active_pidns(struct task_struct *t)
{
	struct pid *pid = BPF_CORE_READ(t, thread_pid);
	unsigned int level = BPF_CORE_READ(pid, level);
	struct pid_namespace *ns = NULL;

	bpf_core_read(&ns, sizeof(ns), &pid->numbers[level].ns);
	return ns;
}

/* Containers mode: is t in a pid namespace nested below the agent's? Only descendants count, not
 * the agent's own namespace nor a sibling's (another tenant of a shared host): containers the job
 * started are nested below the runner's namespace. */
static __always_inline bool in_nested_pidns(struct task_struct *t)
{
	__u32 zero = 0;
	struct el_config *c = bpf_map_lookup_elem(&agent_config, &zero);
	struct pid_namespace *ns;

	if (!c || !c->containers_pidns)
		return false;
	ns = active_pidns(t);
	for (int i = 0; i < EL_PIDNS_DEPTH && ns; i++) {
		ns = BPF_CORE_READ(ns, parent);
		if (ns && BPF_CORE_READ(ns, ns.inum) == c->containers_pidns)
			return true;
	}
	return false;
}

/* Whether `ppid` is a root traced for its children only (the agent's caller, a runner worker). */
static __always_inline bool is_root_child(__u32 ppid)
{
	__u32 *mode = bpf_map_lookup_elem(&tracked, &ppid);

	return mode && *mode == EL_TRACK_CHILDREN_ONLY;
}

static __always_inline void file_key_of(struct file *f, struct el_file_key *key)
{
	struct inode *inode = BPF_CORE_READ(f, f_inode);

	key->ino = BPF_CORE_READ(inode, i_ino);
	key->dev = BPF_CORE_READ(inode, i_sb, s_dev);
	key->_pad = 0;
}

static __always_inline bool file_is_known(struct el_file_key *key)
{
	return bpf_map_lookup_elem(&known_files, key) != NULL;
}

static __always_inline struct file *file_of_fd(__s32 fd)
{
	struct task_struct *task = (void *)bpf_get_current_task();
	struct file **fds = BPF_CORE_READ(task, files, fdt, fd);
	unsigned int max = BPF_CORE_READ(task, files, fdt, max_fds);
	struct file *f = NULL;

	if (fd < 0 || (unsigned int)fd >= max)
		return NULL;
	bpf_probe_read_kernel(&f, sizeof(f), &fds[fd]);
	return f;
}

/* The inet socket behind fd, or NULL. UDP counts only when it talks to port 53 (DNS). */
static __always_inline struct sock *inet_sock_of_fd(__s32 fd, __u16 *flags)
{
	struct file *f = file_of_fd(fd);
	struct socket *sock;
	struct sock *sk;
	__u16 family, type;

	if (!f)
		return NULL;
	if ((BPF_CORE_READ(f, f_inode, i_mode) & S_IFMT) != S_IFSOCK)
		return NULL;
	sock = BPF_CORE_READ(f, private_data);
	sk = BPF_CORE_READ(sock, sk);
	if (!sk)
		return NULL;
	family = BPF_CORE_READ(sk, __sk_common.skc_family);
	if (family != AF_INET && family != AF_INET6)
		return NULL;
	type = BPF_CORE_READ(sk, sk_type);
	if (type == 1 /* SOCK_STREAM */) {
		*flags = 0;
		return sk;
	}
	if (type == 2 /* SOCK_DGRAM */ &&
	    bpf_ntohs(BPF_CORE_READ(sk, __sk_common.skc_dport)) == DNS_PORT) {
		*flags = EL_SOCK_UDP;
		return sk;
	}
	return NULL;
}

/* Tell user space about a socket the first time we meet it, with the kernel's 4-tuple. */
static __always_inline struct sock_state *announce_sock(struct sock *sk, __s32 fd, __s32 ret,
							__u16 flags)
{
	__u64 key = (__u64)sk;
	struct sock_state *st = bpf_map_lookup_elem(&socks, &key);
	struct el_sock_event *e;

	if (st && (st->flags & EL_SOCK_CLOSED)) {
		/* Bytes still read from a socket already reported closed belong to that connection,
		 * not a new one; a connect, or a live state, means the address holds a new socket. */
		if (!(flags & EL_SOCK_CONNECT) &&
		    BPF_CORE_READ(sk, __sk_common.skc_state) == TCP_CLOSE)
			return NULL;
		bpf_map_delete_elem(&socks, &key);
		st = NULL;
	}
	if (st)
		return st;

	struct sock_state fresh = { .flags = flags, .tgid = bpf_get_current_pid_tgid() >> 32 };
	if (bpf_map_update_elem(&socks, &key, &fresh, BPF_NOEXIST))
		count_drop(EL_DROP_STATE_FULL);
	st = bpf_map_lookup_elem(&socks, &key);

	e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e) {
		count_drop(EL_DROP_RINGBUF);
		if (st)
			st->flags |= EL_SOCK_LOST;
		return st;
	}
	/* On loopback a refusal can land before connect() even returns EINPROGRESS: the socket is
	 * already closed, and its error says why. */
	if ((flags & EL_SOCK_CONNECT) && BPF_CORE_READ(sk, __sk_common.skc_state) == TCP_CLOSE) {
		int err = BPF_CORE_READ(sk, sk_err);

		if (err)
			ret = -err;
		if (st)
			st->flags |= EL_SOCK_CLOSED;
	}
	fill_header(&e->h, EL_EV_SOCK);
	e->sock = key;
	e->fd = fd;
	e->ret = ret;
	e->flags = flags;
	e->family = BPF_CORE_READ(sk, __sk_common.skc_family);
	e->dport = bpf_ntohs(BPF_CORE_READ(sk, __sk_common.skc_dport));
	e->sport = BPF_CORE_READ(sk, __sk_common.skc_num);
	__builtin_memset(e->daddr, 0, sizeof(e->daddr));
	__builtin_memset(e->saddr, 0, sizeof(e->saddr));
	if (e->family == AF_INET) {
		bpf_core_read(e->daddr, 4, &sk->__sk_common.skc_daddr);
		bpf_core_read(e->saddr, 4, &sk->__sk_common.skc_rcv_saddr);
	} else {
		bpf_core_read(e->daddr, 16, &sk->__sk_common.skc_v6_daddr);
		bpf_core_read(e->saddr, 16, &sk->__sk_common.skc_v6_rcv_saddr);
	}
	bpf_ringbuf_submit(e, 0);
	return st;
}

struct data_meta {
	__u64 sock;
	__u64 handle;
	__u64 call_len;
	__s32 fd;
	__u8 direction;
	__u8 source;
	__u16 flags;
};

/* Data events do not wake the agent one by one (thousands of wakeups a second, each a context switch
 * on the job's cores): it drains the ring every few milliseconds anyway, and is woken early when
 * the ring fills past this. Events a held task waits on wake it at once (see hold_wakeup). */
#define EL_WAKEUP_BYTES (1 << 20)

static __always_inline __u64 data_wakeup(void)
{
	return bpf_ringbuf_query(&events, BPF_RB_AVAIL_DATA) > EL_WAKEUP_BYTES ? BPF_RB_FORCE_WAKEUP
									       : BPF_RB_NO_WAKEUP;
}

/* A stopped task waits for the agent: wake it even when data is queued unannounced before. */
static __always_inline __u64 hold_wakeup(__u32 flags)
{
	return (flags & EL_FLAG_STOPPED) ? BPF_RB_FORCE_WAKEUP : 0;
}

/* Reserve exactly one of three sizes: the ring stays dense for small writes, and each path gives
 * the verifier a constant bound for the copy. */
#define EMIT_CHUNK_CLASS(CLASS)                                                                  \
	do {                                                                                     \
		struct el_data_event *e =                                                        \
			bpf_ringbuf_reserve(&events, sizeof(struct el_data_event) + (CLASS), 0); \
		__u64 copy = n;                                                                  \
		if (!e)                                                                          \
			return -1;                                                               \
		asm volatile("" : "+r"(copy));                                                   \
		if (copy > (CLASS))                                                              \
			copy = (CLASS);                                                          \
		fill_header(&e->h, EL_EV_DATA);                                                  \
		e->sock = m->sock;                                                               \
		e->handle = m->handle;                                                           \
		e->call_len = m->call_len;                                                       \
		e->call_offset = offset;                                                         \
		e->fd = m->fd;                                                                   \
		e->direction = m->direction;                                                     \
		e->source = m->source;                                                           \
		e->flags = m->flags;                                                             \
		e->_pad = 0;                                                                     \
		if (bpf_probe_read_user(e->data, copy, (const void *)src)) {                     \
			count_drop(EL_DROP_READ_FAULT);                                          \
			e->flags |= EL_DATA_FAULT;                                               \
			copy = 0;                                                                \
		}                                                                                \
		e->len = copy;                                                                   \
		bpf_ringbuf_submit(e, data_wakeup());                                            \
		return 0;                                                                        \
	} while (0)

/*
 * The emit paths are global functions, not static ones: the verifier checks a global function once,
 * on its own, while a static subprogram is walked again at every call site (4 chunks x 8 iovecs x
 * 10 programs made on_sys_exit alone cost ~100k verified instructions and most of the load time).
 * Global functions take scalars and pointers to plain structs only, so user addresses are __u64 and
 * a lost event comes back as -1 for the caller to flag on its socket.
 */
__noinline int emit_chunk(const struct data_meta *m, __u64 src, __u64 n, __u64 offset)
{
	if (!m)
		return -1;
	if (n <= 512)
		EMIT_CHUNK_CLASS(512);
	if (n <= 4096)
		EMIT_CHUNK_CLASS(4096);
	EMIT_CHUNK_CLASS(EL_CHUNK_MAX);
}

/* Copy up to EL_CHUNKS_PER_CALL chunks of buf; what is left is a gap user space sees from
 * call_len. Returns -1 when the ring was full (the rest of the call is lost), else 0. */
__noinline int emit_buffer(const struct data_meta *m, __u64 buf, __u64 len, __u64 offset)
{
	__u64 sent = 0;

	for (int i = 0; i < EL_CHUNKS_PER_CALL; i++) {
		__u64 n = len - sent;

		if (sent >= len)
			break;
		if (n > EL_CHUNK_MAX)
			n = EL_CHUNK_MAX;
		if (emit_chunk(m, buf + sent, n, offset + sent)) {
			count_drop(EL_DROP_RINGBUF);
			return -1;
		}
		sent += n;
	}
	if (sent < len)
		count_drop(EL_DROP_TRUNCATED);
	return 0;
}

#endif /* EGRESS_LENS_BPF_H */
