/* SPDX-License-Identifier: MIT */
/*
 * The only ABI between the kernel programs (bpf/) and user space (native/, src/capture/abi.ts).
 * Fixed-width fields, explicit padding, a leading `kind`. Change a layout here, in abi.ts, and in
 * the size table of abi.test.ts together.
 */
#ifndef EGRESS_LENS_EVENTS_H
#define EGRESS_LENS_EVENTS_H

#define EL_PATH_MAX 256
#define EL_ARGS_MAX 512
/* Bytes copied per data event; a call larger than EL_CHUNK_MAX * EL_CHUNKS_PER_CALL is copied in
 * part and its full length reported, so streams stay in sync across the uncopied rest (a gap). */
#define EL_CHUNK_MAX 16384
#define EL_CHUNKS_PER_CALL 4
/* iovec entries followed per writev/readv/sendmsg/recvmsg call. */
#define EL_IOV_MAX 8
/* Raw egress bytes kept of a TLS connection at most: its ClientHello, when its length cannot be read. */
#define EL_TLS_RAW_BUDGET 8192

enum el_event_kind {
	EL_EV_EXEC = 1,
	EL_EV_FORK = 2,
	EL_EV_EXIT = 3,
	EL_EV_SOCK = 4,
	EL_EV_DATA = 5,
	EL_EV_CLOSE = 6,
	EL_EV_MMAP = 7,
	EL_EV_TIE = 8,
};

/* Values of the `tracked` map. */
enum el_track {
	EL_TRACK_ALL = 1,	    /* capture this process and its descendants */
	EL_TRACK_CHILDREN_ONLY = 2, /* capture only descendants (the agent, the runner) */
};

/* Values of the `known_files` map. */
enum el_file_state {
	EL_FILE_PROBED = 1, /* TLS probes attached */
	EL_FILE_PLAIN = 2,  /* inspected: nothing to probe */
};

/* Reasons indexing the per-CPU `drops` array. */
enum el_drop {
	EL_DROP_RINGBUF = 0,	   /* ring buffer full: event lost */
	EL_DROP_TRUNCATED = 1,	   /* call longer than we copy: rest reported as a gap */
	EL_DROP_READ_FAULT = 2,	   /* user memory could not be read */
	EL_DROP_STATE_FULL = 3,	   /* a per-thread or per-socket map was full */
	EL_DROP_STOP_SKIPPED = 4,  /* unknown file mapped while the agent looked dead: not held */
	EL_DROP_IOV_TRUNCATED = 5, /* more iovecs than we follow */
	EL_DROP_MAX = 8,
};

enum el_source {
	EL_SRC_SYSCALL = 0,
	EL_SRC_OPENSSL = 1,
	EL_SRC_GNUTLS = 2,
	EL_SRC_GO = 3,
};

enum el_direction {
	EL_DIR_EGRESS = 0,
	EL_DIR_INGRESS = 1,
};

/* Flags of exec and mmap events. */
#define EL_FLAG_STOPPED 1 /* the task was sent SIGSTOP; user space must SIGCONT it */

/* Flags of sock and data events. */
#define EL_SOCK_TLS 1	  /* first egress bytes were a TLS handshake record */
#define EL_SOCK_UDP 2	  /* datagram socket (DNS) */
#define EL_SOCK_LOST 4	  /* an event of this socket was lost */
#define EL_SOCK_CONNECT 8 /* announced by connect(), not first seen mid-stream */
#define EL_SOCK_CLOSED 16 /* the kernel closed it (close event sent); kept to spot leftovers */
#define EL_SOCK_NEVER_ESTABLISHED 32 /* close event: closed from SYN_SENT, the connect failed */

struct el_header {
	__u32 kind;
	__u32 tgid;
	__u32 tid;
	__u32 _pad;
	__u64 ts_ns; /* CLOCK_MONOTONIC */
};

struct el_exec_event {
	struct el_header h;
	__u32 ppid;
	__u32 uid;
	__u64 cgroup_id;
	__u64 ino; /* the executed file, as the kernel sees it */
	__u32 dev; /* kernel dev_t: major << 20 | minor */
	__u32 flags;
	__u32 filename_len;
	__u32 args_len; /* argv as NUL-separated strings, cut at EL_ARGS_MAX */
	__u32 pidns;	/* inode of the task's pid namespace (a container's differs from the host's) */
	__u32 _pad;
	char filename[EL_PATH_MAX]; /* the file executed: the interpreter of a script */
	char args[EL_ARGS_MAX];
};

struct el_fork_event {
	struct el_header h;
	__u32 parent_tgid;
	__u32 child_tgid;
};

struct el_exit_event {
	struct el_header h;
	__u32 exit_code;
	__u32 _pad;
};

/* An executable mapping of a file we have not inspected yet. */
struct el_mmap_event {
	struct el_header h;
	__u64 ino;
	__u32 dev;
	__u32 flags;
	__s32 fd; /* the descriptor mapped: open while the task is held, so user space opens it directly */
	__u32 _pad;
};

/* A socket seen for the first time: on connect(), or on its first data. */
struct el_sock_event {
	struct el_header h;
	__u64 sock; /* struct sock address: the connection key until the socket closes */
	__s32 fd;
	__s32 ret; /* connect() result, 0 when first seen through data */
	__u16 family;
	__u16 dport;
	__u16 sport;
	__u16 flags;
	__u8 daddr[16];
	__u8 saddr[16];
};

struct el_data_event {
	struct el_header h;
	__u64 sock;	  /* 0 when a TLS call made no syscall (buffered data): use `handle` */
	__u64 handle;	  /* TLS object (SSL*, gnutls_session_t, *tls.Conn); 0 for syscalls */
	__u64 call_len;	  /* bytes the whole call moved */
	__u64 call_offset; /* where this chunk starts within the call */
	__s32 fd;
	__u32 len; /* bytes in data[] */
	__u8 direction;
	__u8 source;
	__u16 flags;
	__u32 _pad;
	char data[]; /* up to EL_CHUNK_MAX */
};

/* A TCP socket we announced reached TCP_CLOSE. Totals count every byte, copied or not. */
struct el_close_event {
	struct el_header h;
	__u64 sock;
	__u64 bytes_sent;
	__u64 bytes_received;
	__u32 flags;
	__u32 _pad;
};

/* A TLS object's socket, learned after the fact: libraries with memory BIOs (node) encrypt in
 * SSL_write and leave the socket write to their event loop, on the same thread, right after. */
struct el_tie_event {
	struct el_header h;
	__u64 sock;
	__u64 handle;
};

/* Single entry of the `config` array, written by user space. */
struct el_config {
	__u64 heartbeat_ns;   /* last time the agent proved alive (CLOCK_MONOTONIC) */
	__u64 stale_after_ns; /* hold unknown files only while the heartbeat is younger than this */
	__u32 agent_tgid;
	__u32 hold_unknown; /* 1: SIGSTOP tasks that exec or map an uninspected file */
	/* Containers mode: the inode of the agent's pid namespace, 0 = off. A task of a namespace
	 * nested below it (a container's) is traced from its first fork or exec, tracked or not. */
	__u32 containers_pidns;
	__u32 _pad;
};

struct el_file_key {
	__u64 ino;
	__u32 dev;
	__u32 _pad;
};

#endif /* EGRESS_LENS_EVENTS_H */
