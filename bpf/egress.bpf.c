// SPDX-License-Identifier: (GPL-2.0-only OR MIT)
/*
 * egress-lens kernel side: follow a process tree, its TCP connections and DNS datagrams, and copy
 * the bytes it sends and receives — from the socket syscalls, and in plaintext from TLS libraries
 * (OpenSSL, GnuTLS, Go crypto/tls) through uprobes. No parsing here beyond what filtering needs.
 */
#include "egress.bpf.h"

char LICENSE[] SEC("license") = "Dual MIT/GPL";

enum syscall_kind {
	SC_NONE = 0,
	SC_CONNECT,
	SC_SEND,    /* write, sendto */
	SC_RECV,    /* read, recvfrom */
	SC_SENDV,   /* writev */
	SC_RECVV,   /* readv */
	SC_SENDMSG,
	SC_RECVMSG,
	SC_SENDMMSG, /* glibc's resolver sends the A and AAAA queries in one call */
	SC_MMAP,
};

#if defined(__TARGET_ARCH_x86)
#define SYSCALL_NR(regs) ((regs)->orig_ax)
#define GO_G_REG(regs) ((regs)->r14)
static __always_inline int syscall_kind(long id)
{
	switch (id) {
	case 0: return SC_RECV;	     /* read */
	case 1: return SC_SEND;	     /* write */
	case 9: return SC_MMAP;	     /* mmap */
	case 19: return SC_RECVV;    /* readv */
	case 20: return SC_SENDV;    /* writev */
	case 42: return SC_CONNECT;  /* connect */
	case 44: return SC_SEND;     /* sendto */
	case 45: return SC_RECV;     /* recvfrom */
	case 46: return SC_SENDMSG;  /* sendmsg */
	case 47: return SC_RECVMSG;  /* recvmsg */
	case 307: return SC_SENDMMSG; /* sendmmsg */
	}
	return SC_NONE;
}
#elif defined(__TARGET_ARCH_arm64)
#define SYSCALL_NR(regs) ((regs)->syscallno)
#define GO_G_REG(regs) ((regs)->regs[28])
static __always_inline int syscall_kind(long id)
{
	switch (id) {
	case 63: return SC_RECV;
	case 64: return SC_SEND;
	case 65: return SC_RECVV;
	case 66: return SC_SENDV;
	case 203: return SC_CONNECT;
	case 206: return SC_SEND;
	case 207: return SC_RECV;
	case 211: return SC_SENDMSG;
	case 212: return SC_RECVMSG;
	case 222: return SC_MMAP;
	case 269: return SC_SENDMMSG;
	}
	return SC_NONE;
}
#else
#error "unsupported architecture"
#endif

static __always_inline bool is_egress(int kind)
{
	return kind == SC_SEND || kind == SC_SENDV || kind == SC_SENDMSG || kind == SC_SENDMMSG;
}

/* ---- process tree ---------------------------------------------------------------------- */

SEC("tp_btf/sched_process_fork")
int BPF_PROG(on_fork, struct task_struct *parent, struct task_struct *child)
{
	__u32 parent_tgid = parent->tgid, child_tgid = child->tgid;
	__u32 mode = EL_TRACK_ALL;
	struct el_fork_event *e;

	if (parent_tgid == child_tgid) /* a new thread, not a process */
		return 0;
	/* A container's first process has an untracked parent (containerd-shim, runc, unshare). */
	if (!bpf_map_lookup_elem(&tracked, &parent_tgid) && !in_nested_pidns(child))
		return 0;
	/* Tracked here, in the kernel, before the child runs: no race with user space. */
	if (bpf_map_update_elem(&tracked, &child_tgid, &mode, BPF_ANY))
		count_drop(EL_DROP_STATE_FULL);

	e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e) {
		count_drop(EL_DROP_RINGBUF);
		return 0;
	}
	fill_header(&e->h, EL_EV_FORK);
	e->h.tgid = child_tgid;
	e->parent_tgid = parent_tgid;
	e->child_tgid = child_tgid;
	bpf_ringbuf_submit(e, 0);
	return 0;
}

/* A container's process that was running before the agent (and forked nothing since). */
static __always_inline bool track_if_nested(struct task_struct *p)
{
	__u32 tgid = p->tgid, mode = EL_TRACK_ALL;
	long err;

	if (!in_nested_pidns(p))
		return false;
	/* Never overwrite: a children-only root stays one. */
	err = bpf_map_update_elem(&tracked, &tgid, &mode, BPF_NOEXIST);
	if (err && err != -EEXIST)
		count_drop(EL_DROP_STATE_FULL);
	return err == 0;
}

SEC("tp_btf/sched_process_exec")
int BPF_PROG(on_exec, struct task_struct *p, pid_t old_pid, struct linux_binprm *bprm)
{
	__u32 tgid = p->tgid;
	struct el_file_key key;
	struct el_exec_event *e;
	__u64 arg_start, arg_end, args_len;
	long n;

	if (!is_traced(tgid) && !track_if_nested(p))
		return 0;
	e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e) {
		count_drop(EL_DROP_RINGBUF);
		return 0;
	}
	fill_header(&e->h, EL_EV_EXEC);
	e->pidns = BPF_CORE_READ(active_pidns(p), ns.inum);
	e->_pad = 0;
	e->ppid = BPF_CORE_READ(p, real_parent, tgid);
	e->uid = (__u32)bpf_get_current_uid_gid();
	e->cgroup_id = bpf_get_current_cgroup_id();
	file_key_of(BPF_CORE_READ(bprm, file), &key);
	e->ino = key.ino;
	e->dev = key.dev;
	e->flags = 0;

	n = bpf_probe_read_kernel_str(e->filename, sizeof(e->filename), BPF_CORE_READ(bprm, interp));
	e->filename_len = n > 0 ? n - 1 : 0;

	arg_start = BPF_CORE_READ(p, mm, arg_start);
	arg_end = BPF_CORE_READ(p, mm, arg_end);
	args_len = arg_end - arg_start;
	asm volatile("" : "+r"(args_len));
	if (args_len > EL_ARGS_MAX)
		args_len = EL_ARGS_MAX;
	if (bpf_probe_read_user(e->args, args_len, (void *)arg_start))
		args_len = 0;
	e->args_len = args_len;

	/* Held too: a new direct child of a root (a job's step), so user space reads its
	 * environment (the step it belongs to) before a short step can exit. */
	if ((!file_is_known(&key) || is_root_child(e->ppid)) && may_hold() &&
	    bpf_send_signal(SIGSTOP) == 0)
		e->flags |= EL_FLAG_STOPPED;
	bpf_ringbuf_submit(e, hold_wakeup(e->flags));
	return 0;
}

SEC("tp_btf/sched_process_exit")
int BPF_PROG(on_exit, struct task_struct *p)
{
	__u32 tid = p->pid, tgid = p->tgid;
	struct el_exit_event *e;

	/* A thread that dies inside a call never reaches the exit hooks. */
	bpf_map_delete_elem(&active_syscalls, &tid);
	bpf_map_delete_elem(&active_tls, &tid);
	if (tid != tgid)
		return 0;
	stop_holding_if_agent(tgid);
	if (!bpf_map_lookup_elem(&tracked, &tgid))
		return 0;
	bpf_map_delete_elem(&tracked, &tgid);

	e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e) {
		count_drop(EL_DROP_RINGBUF);
		return 0;
	}
	fill_header(&e->h, EL_EV_EXIT);
	e->exit_code = BPF_CORE_READ(p, signal, group_exit_code) ?: p->exit_code;
	e->_pad = 0;
	bpf_ringbuf_submit(e, 0);
	return 0;
}

/* ---- socket syscalls ------------------------------------------------------------------- */

/* The plaintext of a TLS call, `n` bytes of its buffer, tagged with its socket when known. */
static __always_inline void emit_tls_call(const struct tls_call *c, __u64 n)
{
	struct sock_state *st = c->sk ? bpf_map_lookup_elem(&socks, &c->sk) : NULL;
	struct data_meta m = {
		.sock = c->sk,
		.handle = c->handle,
		.call_len = n,
		.fd = c->sk ? c->fd : -1,
		.direction = c->direction,
		.source = c->source,
		.flags = st ? st->flags : 0,
	};

	if (emit_buffer(&m, c->buf, n, 0) && st)
		st->flags |= EL_SOCK_LOST;
}

/* Tie a TLS call in progress on this thread (or goroutine) to the socket it writes through. */
static __always_inline void tie_tls_call(struct pt_regs *regs, __u32 tid, __u64 sk, __s32 fd)
{
	struct tls_call *c = bpf_map_lookup_elem(&active_tls, &tid);

	if (!c) {
		__u64 g = GO_G_REG(regs);
		c = bpf_map_lookup_elem(&active_go_tls, &g);
	}
	if (!c)
		return;
	c->sk = sk;
	c->fd = fd;
	if (c->write_at == WRITE_AT_SYSCALL) {
		c->write_at = WRITE_EMITTED;
		emit_tls_call(c, c->len);
	}
}

SEC("tp_btf/sys_enter")
int BPF_PROG(on_sys_enter, struct pt_regs *regs, long id)
{
	int kind = syscall_kind(id);
	__u64 pid_tgid;
	__u32 tid;
	struct syscall_args a = {};
	struct sock *sk;

	if (kind == SC_NONE)
		return 0;
	pid_tgid = bpf_get_current_pid_tgid();
	if (!is_traced(pid_tgid >> 32))
		return 0;
	tid = (__u32)pid_tgid;
	a.kind = kind;
	a.fd = PT_REGS_PARM1_SYSCALL(regs);

	if (kind == SC_MMAP) {
		a.prot = PT_REGS_PARM3_SYSCALL(regs);
		a.fd = PT_REGS_PARM5_SYSCALL(regs);
		if (!(a.prot & PROT_EXEC) || a.fd < 0)
			return 0;
		bpf_map_update_elem(&active_syscalls, &tid, &a, BPF_ANY);
		return 0;
	}

	sk = inet_sock_of_fd(a.fd, &a.sock_flags);
	if (!sk)
		return 0;
	a.sk = (__u64)sk;
	a.buf = PT_REGS_PARM2_SYSCALL(regs);
	a.count = PT_REGS_PARM3_SYSCALL(regs);
	if ((kind == SC_RECV && id != 0 && (PT_REGS_PARM4_SYSCALL(regs) & MSG_PEEK)) ||
	    (kind == SC_RECVMSG && (PT_REGS_PARM3_SYSCALL(regs) & MSG_PEEK)))
		return 0; /* peeked bytes are read again later */
	if (kind != SC_CONNECT)
		tie_tls_call(regs, tid, a.sk, a.fd);
	if (bpf_map_update_elem(&active_syscalls, &tid, &a, BPF_ANY))
		count_drop(EL_DROP_STATE_FULL);
	return 0;
}

static __always_inline void exit_mmap(struct syscall_args *a, long ret)
{
	struct el_file_key key;
	struct el_mmap_event *e;
	struct file *f;

	if ((unsigned long)ret >= (unsigned long)-4095)
		return;
	f = file_of_fd(a->fd);
	if (!f)
		return;
	file_key_of(f, &key);
	if (file_is_known(&key))
		return;
	e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e) {
		count_drop(EL_DROP_RINGBUF);
		return;
	}
	fill_header(&e->h, EL_EV_MMAP);
	e->ino = key.ino;
	e->dev = key.dev;
	e->flags = 0;
	e->fd = a->fd;
	e->_pad = 0;
	/* Stopped on return from mmap: before any code of the new library runs. */
	if (may_hold() && bpf_send_signal(SIGSTOP) == 0)
		e->flags |= EL_FLAG_STOPPED;
	bpf_ringbuf_submit(e, hold_wakeup(e->flags));
}

/* The first buffer of an egress call, to recognise a TLS handshake. */
static __always_inline const void *first_egress_buffer(struct syscall_args *a)
{
	struct user_msghdr msg;
	struct iovec iov;
	const struct iovec *iovs = (void *)a->buf;

	if (a->kind == SC_SEND)
		return (void *)a->buf;
	if (a->kind == SC_SENDMSG) {
		if (bpf_probe_read_user(&msg, sizeof(msg), (void *)a->buf))
			return NULL;
		iovs = msg.msg_iov;
	}
	if (bpf_probe_read_user(&iov, sizeof(iov), iovs))
		return NULL;
	return iov.iov_base;
}

/* One chunk per iovec: HTTP clients put headers first, so the head of each is what matters.
 * Global, so the verifier checks its loop once (see emit_chunk); -1 when the ring was full. */
__noinline int emit_iovecs(const struct data_meta *m, __u64 iovs, __u64 iovcnt, __u64 budget)
{
	__u64 offset = 0;
	struct iovec iov;

	for (int i = 0; i < EL_IOV_MAX; i++) {
		__u64 n;

		if (i >= iovcnt || offset >= budget)
			return 0;
		if (bpf_probe_read_user(&iov, sizeof(iov), (const void *)(iovs + i * sizeof(iov)))) {
			count_drop(EL_DROP_READ_FAULT);
			return 0;
		}
		n = budget - offset;
		if (n > iov.iov_len)
			n = iov.iov_len;
		if (n > EL_CHUNK_MAX) {
			n = EL_CHUNK_MAX;
			count_drop(EL_DROP_TRUNCATED);
		}
		if (n && emit_chunk(m, (__u64)iov.iov_base, n, offset)) {
			count_drop(EL_DROP_RINGBUF);
			return -1;
		}
		offset += iov.iov_len;
	}
	if (offset < budget)
		count_drop(EL_DROP_IOV_TRUNCATED);
	return 0;
}

/* Each datagram of a sendmmsg is its own call: DNS queries go out two at a time. */
static __always_inline void emit_mmsgs(struct data_meta *m, const struct mmsghdr *msgs, long sent,
				       struct sock_state *st)
{
	struct mmsghdr mm;
	struct iovec iov;

	for (int i = 0; i < 2; i++) {
		if (i >= sent)
			return;
		if (bpf_probe_read_user(&mm, sizeof(mm), &msgs[i]) ||
		    bpf_probe_read_user(&iov, sizeof(iov), mm.msg_hdr.msg_iov))
			return;
		m->call_len = mm.msg_len;
		if (emit_buffer(m, (__u64)iov.iov_base,
				mm.msg_len < iov.iov_len ? mm.msg_len : iov.iov_len, 0))
			st->flags |= EL_SOCK_LOST;
	}
}

static __always_inline void tie_untied_tls(__u64 sk)
{
	__u32 tid = (__u32)bpf_get_current_pid_tgid();
	__u64 *handle = bpf_map_lookup_elem(&untied_tls, &tid);
	struct el_tie_event *e;

	if (!handle)
		return;
	e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (e) {
		fill_header(&e->h, EL_EV_TIE);
		e->sock = sk;
		e->handle = *handle;
		bpf_ringbuf_submit(e, 0);
	} else {
		count_drop(EL_DROP_RINGBUF);
	}
	bpf_map_delete_elem(&untied_tls, &tid);
}

/*
 * How much of a TLS socket's egress to copy: its ClientHello (for SNI and ALPN), whose first 9 bytes
 * say where it ends (record header, handshake type and length). After it comes ciphertext user space
 * would only skip. A hello split over records, or a first write too short to tell (writev of a
 * separate header), keeps the fixed budget.
 */
static __always_inline __u32 client_hello_budget(const struct syscall_args *a, const void *first, long ret)
{
	__u8 h[9];
	__u32 record, hello;

	if (a->kind != SC_SEND || ret < (long)sizeof(h) || bpf_probe_read_user(h, sizeof(h), first))
		return EL_TLS_RAW_BUDGET;
	record = ((__u32)h[3] << 8) | h[4];
	hello = ((__u32)h[6] << 16) | ((__u32)h[7] << 8) | h[8];
	if (h[5] != 1 /* ClientHello */ || 4 + hello > record || 5 + record > EL_TLS_RAW_BUDGET)
		return EL_TLS_RAW_BUDGET;
	return 5 + record;
}

static __always_inline void exit_data(struct syscall_args *a, long ret)
{
	struct sock_state *st;
	struct user_msghdr msg;
	struct data_meta m;
	bool egress = is_egress(a->kind);
	__u64 before, budget = ret;
	__u8 head[2];

	if (ret <= 0)
		return;
	st = announce_sock((void *)a->sk, a->fd, 0, a->sock_flags);
	if (!st)
		return;
	before = egress ? st->tx : st->rx;
	if (egress && before == 0 && !(st->flags & EL_SOCK_UDP)) {
		const void *first = first_egress_buffer(a);

		if (first && !bpf_probe_read_user(head, sizeof(head), first) && head[0] == 0x16 &&
		    head[1] == 0x03) {
			st->flags |= EL_SOCK_TLS;
			st->tls_raw_budget = client_hello_budget(a, first, ret);
		}
	}
	if (egress && (st->flags & EL_SOCK_TLS))
		tie_untied_tls(a->sk);
	if (egress)
		__sync_fetch_and_add(&st->tx, ret);
	else
		__sync_fetch_and_add(&st->rx, ret);

	/* Of a TLS socket only the ClientHello is worth copying: the plaintext comes from the library
	 * probes, and the rest is ciphertext. */
	if (st->flags & EL_SOCK_TLS) {
		__u64 raw = st->tls_raw_budget;

		if (!egress || before >= raw)
			return;
		if (budget > raw - before)
			budget = raw - before;
	}

	m.sock = a->sk;
	m.handle = 0;
	m.call_len = ret;
	m.fd = a->fd;
	m.direction = egress ? EL_DIR_EGRESS : EL_DIR_INGRESS;
	m.source = EL_SRC_SYSCALL;
	m.flags = st->flags;

	switch (a->kind) {
	case SC_SEND:
	case SC_RECV:
		if (emit_buffer(&m, a->buf, budget, 0))
			st->flags |= EL_SOCK_LOST;
		break;
	case SC_SENDV:
	case SC_RECVV:
		if (emit_iovecs(&m, a->buf, a->count, budget))
			st->flags |= EL_SOCK_LOST;
		break;
	case SC_SENDMSG:
	case SC_RECVMSG:
		if (!bpf_probe_read_user(&msg, sizeof(msg), (void *)a->buf) &&
		    emit_iovecs(&m, (__u64)msg.msg_iov, msg.msg_iovlen, budget))
			st->flags |= EL_SOCK_LOST;
		break;
	case SC_SENDMMSG:
		emit_mmsgs(&m, (void *)a->buf, ret, st);
		break;
	}
}

SEC("tp_btf/sys_exit")
int BPF_PROG(on_sys_exit, struct pt_regs *regs, long ret)
{
	__u32 tid;
	struct syscall_args *a;

	if (syscall_kind(SYSCALL_NR(regs)) == SC_NONE)
		return 0;
	tid = (__u32)bpf_get_current_pid_tgid();
	a = bpf_map_lookup_elem(&active_syscalls, &tid);
	if (!a)
		return 0;
	if (a->kind == SC_MMAP)
		exit_mmap(a, ret);
	else if (a->kind == SC_CONNECT)
		announce_sock((void *)a->sk, a->fd, ret, a->sock_flags | EL_SOCK_CONNECT);
	else
		exit_data(a, ret);
	bpf_map_delete_elem(&active_syscalls, &tid);
	return 0;
}

SEC("tp_btf/inet_sock_set_state")
int BPF_PROG(on_sock_state, const struct sock *sk, int oldstate, int newstate)
{
	__u64 key = (__u64)sk;
	struct sock_state *st;
	struct el_close_event *e;

	if (newstate != TCP_CLOSE)
		return 0;
	st = bpf_map_lookup_elem(&socks, &key);
	if (!st || (st->flags & EL_SOCK_CLOSED))
		return 0;
	e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (e) {
		fill_header(&e->h, EL_EV_CLOSE);
		e->h.tgid = st->tgid; /* may close in softirq context, on no task of ours */
		e->sock = key;
		e->bytes_sent = st->tx;
		e->bytes_received = st->rx;
		e->flags = st->flags | (oldstate == TCP_SYN_SENT ? EL_SOCK_NEVER_ESTABLISHED : 0);
		e->_pad = 0;
		bpf_ringbuf_submit(e, 0);
	} else {
		count_drop(EL_DROP_RINGBUF);
	}
	/* Kept, not deleted: the process may still read leftovers through its open fd. */
	st->flags |= EL_SOCK_CLOSED;
	return 0;
}

/* ---- TLS libraries --------------------------------------------------------------------- */

static __always_inline int tls_enter(void *map, void *key, __u64 handle, const void *buf, __u64 len,
				     __u64 out_len, __u8 source, __u8 direction)
{
	struct tls_call c = {
		.handle = handle,
		.buf = (__u64)buf,
		.len = len,
		.out_len = out_len,
		.source = source,
		.direction = direction,
		.write_at = source == EL_SRC_GO && direction == EL_DIR_EGRESS && len > 0 ? WRITE_AT_SYSCALL
											  : WRITE_AT_RETURN,
	};

	if (!is_traced(bpf_get_current_pid_tgid() >> 32))
		return 0;
	if (bpf_map_update_elem(map, key, &c, BPF_ANY))
		count_drop(EL_DROP_STATE_FULL);
	return 0;
}

/* `moved` is what the call returned: bytes, or for SSL_*_ex 1 with the count behind out_len. */
static __always_inline int tls_exit(void *map, void *key, long moved)
{
	struct tls_call *c = bpf_map_lookup_elem(map, key);
	__u64 n = moved;

	if (!c)
		return 0;
	if (c->write_at == WRITE_EMITTED) {
		n = 0;
	} else if (c->out_len) {
		if (moved != 1 || bpf_probe_read_user(&n, sizeof(n), (void *)c->out_len))
			n = 0;
	} else if (moved <= 0) {
		n = 0;
	}
	if (n) {
		emit_tls_call(c, n);
		if (!c->sk && c->direction == EL_DIR_EGRESS) {
			__u32 tid = (__u32)bpf_get_current_pid_tgid();
			bpf_map_update_elem(&untied_tls, &tid, &c->handle, BPF_ANY);
		}
	}
	bpf_map_delete_elem(map, key);
	return 0;
}

static __always_inline __u32 current_tid(void)
{
	return (__u32)bpf_get_current_pid_tgid();
}

#define C_TLS_PROBES(NAME, SOURCE, DIRECTION)                                                    \
	SEC("uprobe")                                                                            \
	int BPF_KPROBE(NAME##_enter, void *handle, const void *buf)                              \
	{                                                                                        \
		__u32 tid = current_tid();                                                       \
		return tls_enter(&active_tls, &tid, (__u64)handle, buf, 0, 0, SOURCE, DIRECTION); \
	}                                                                                        \
	SEC("uretprobe")                                                                         \
	int BPF_KRETPROBE(NAME##_exit, long ret)                                                 \
	{                                                                                        \
		__u32 tid = current_tid();                                                       \
		return tls_exit(&active_tls, &tid, SOURCE == EL_SRC_GNUTLS ? ret : (int)ret);    \
	}

/* int SSL_write(SSL *, const void *, int); int SSL_read(SSL *, void *, int) */
C_TLS_PROBES(ssl_write, EL_SRC_OPENSSL, EL_DIR_EGRESS)
C_TLS_PROBES(ssl_read, EL_SRC_OPENSSL, EL_DIR_INGRESS)
/* ssize_t gnutls_record_send(gnutls_session_t, const void *, size_t), and _recv */
C_TLS_PROBES(gnutls_send, EL_SRC_GNUTLS, EL_DIR_EGRESS)
C_TLS_PROBES(gnutls_recv, EL_SRC_GNUTLS, EL_DIR_INGRESS)

/* int SSL_write_ex(SSL *, const void *, size_t, size_t *written), and SSL_read_ex */
#define OPENSSL_EX_PROBES(NAME, DIRECTION)                                                       \
	SEC("uprobe")                                                                            \
	int BPF_KPROBE(NAME##_enter, void *ssl, const void *buf, __u64 num, __u64 *moved)        \
	{                                                                                        \
		__u32 tid = current_tid();                                                       \
		return tls_enter(&active_tls, &tid, (__u64)ssl, buf, 0, (__u64)moved,            \
				 EL_SRC_OPENSSL, DIRECTION);                                     \
	}                                                                                        \
	SEC("uretprobe")                                                                         \
	int BPF_KRETPROBE(NAME##_exit, int ret)                                                  \
	{                                                                                        \
		__u32 tid = current_tid();                                                       \
		return tls_exit(&active_tls, &tid, ret);                                         \
	}

OPENSSL_EX_PROBES(ssl_write_ex, EL_DIR_EGRESS)
OPENSSL_EX_PROBES(ssl_read_ex, EL_DIR_INGRESS)

/*
 * Go crypto/tls.(*Conn).Write and Read, register ABI (Go 1.17+): receiver, buffer pointer and
 * length arrive in the first three integer registers, the byte count returns in the first. The
 * exit probes sit on each RET instruction: uretprobes break when Go moves a goroutine's stack.
 */
#if defined(__TARGET_ARCH_x86)
#define GO_ARG1(ctx) ((ctx)->ax)
#define GO_ARG2(ctx) ((ctx)->bx)
#define GO_ARG3(ctx) ((ctx)->cx)
#define GO_G(ctx) ((ctx)->r14)
#else
#define GO_ARG1(ctx) ((ctx)->regs[0])
#define GO_ARG2(ctx) ((ctx)->regs[1])
#define GO_ARG3(ctx) ((ctx)->regs[2])
#define GO_G(ctx) ((ctx)->regs[28])
#endif

#define GO_TLS_PROBES(NAME, DIRECTION)                                                           \
	SEC("uprobe")                                                                            \
	int NAME##_enter(struct pt_regs *ctx)                                                    \
	{                                                                                        \
		__u64 g = GO_G(ctx);                                                             \
		return tls_enter(&active_go_tls, &g, GO_ARG1(ctx), (void *)GO_ARG2(ctx),         \
				 GO_ARG3(ctx), 0, EL_SRC_GO, DIRECTION);                         \
	}                                                                                        \
	SEC("uprobe")                                                                            \
	int NAME##_ret(struct pt_regs *ctx)                                                      \
	{                                                                                        \
		__u64 g = GO_G(ctx);                                                             \
		return tls_exit(&active_go_tls, &g, (long)GO_ARG1(ctx));                         \
	}

GO_TLS_PROBES(go_tls_write, EL_DIR_EGRESS)
GO_TLS_PROBES(go_tls_read, EL_DIR_INGRESS)
