#define _GNU_SOURCE
#include "bpf_ops.h"

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Enough to hold the tail of a verifier log plus libbpf's own lines after it. */
#define LOG_CAPACITY 256

static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static char *log_lines[LOG_CAPACITY];
static size_t log_next; /* total lines ever pushed since the last clear */

static void log_push_locked(const char *start, size_t length) {
  char *line = strndup(start, length);
  if (!line) return;
  size_t slot = log_next % LOG_CAPACITY;
  free(log_lines[slot]);
  log_lines[slot] = line;
  log_next++;
}

static int capture_libbpf_print(enum libbpf_print_level level, const char *format, va_list args) {
  /* Debug output is a flood of per-map and per-relocation notes that would push the verifier log out. */
  if (level == LIBBPF_DEBUG) return 0;
  char *text = NULL;
  int length = vasprintf(&text, format, args);
  if (length < 0) return 0;
  pthread_mutex_lock(&log_lock);
  const char *cursor = text;
  while (*cursor) {
    const char *end = strchr(cursor, '\n');
    size_t line_length = end ? (size_t)(end - cursor) : strlen(cursor);
    if (line_length > 0) log_push_locked(cursor, line_length);
    cursor += line_length + (end ? 1 : 0);
  }
  pthread_mutex_unlock(&log_lock);
  free(text);
  return length;
}

void ops_log_install(void) { libbpf_set_print(capture_libbpf_print); }

void ops_log_clear(void) {
  pthread_mutex_lock(&log_lock);
  for (size_t i = 0; i < LOG_CAPACITY; i++) {
    free(log_lines[i]);
    log_lines[i] = NULL;
  }
  log_next = 0;
  pthread_mutex_unlock(&log_lock);
}

char *ops_log_tail(size_t max_lines) {
  pthread_mutex_lock(&log_lock);
  size_t available = log_next < LOG_CAPACITY ? log_next : LOG_CAPACITY;
  size_t count = available < max_lines ? available : max_lines;
  size_t first = log_next - count;
  size_t total = 1;
  for (size_t i = first; i < log_next; i++) total += strlen(log_lines[i % LOG_CAPACITY]) + 1;
  char *tail = malloc(total);
  if (tail) {
    char *out = tail;
    for (size_t i = first; i < log_next; i++) {
      const char *line = log_lines[i % LOG_CAPACITY];
      size_t length = strlen(line);
      memcpy(out, line, length);
      out[length] = '\n';
      out += length + 1;
    }
    *out = '\0';
  }
  pthread_mutex_unlock(&log_lock);
  return tail;
}

/* libbpf 1.x reports failures as NULL or a negative return with errno set. */
static int negative_errno(void) { return errno ? -errno : -EINVAL; }

int ops_open(const char *path, struct bpf_object **out) {
  errno = 0;
  struct bpf_object *obj = bpf_object__open_file(path, NULL);
  if (!obj) return negative_errno();
  *out = obj;
  return 0;
}

/* The build machine's <linux/bpf.h> may predate uprobe_multi (Linux 6.6): its value in the kernel ABI. */
#define EL_TRACE_UPROBE_MULTI ((enum bpf_attach_type)48)

/*
 * Whether the kernel has uprobe_multi links (6.6+), probed as libbpf does: a link on "/" (not a
 * regular file) fails with EBADF only where the link type exists.
 */
static bool uprobe_multi_supported(void) {
  static int cached = -1;
  if (cached >= 0) return cached;
  const struct bpf_insn insns[] = {
      {.code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = BPF_REG_0, .imm = 0},
      {.code = BPF_JMP | BPF_EXIT},
  };
  LIBBPF_OPTS(bpf_prog_load_opts, load_opts, .expected_attach_type = EL_TRACE_UPROBE_MULTI);
  int prog_fd = bpf_prog_load(BPF_PROG_TYPE_KPROBE, NULL, "GPL", insns, 2, &load_opts);
  if (prog_fd < 0) {
    cached = 0;
    return false;
  }
  unsigned long offset = 0;
  LIBBPF_OPTS(bpf_link_create_opts, link_opts);
  link_opts.uprobe_multi.path = "/";
  link_opts.uprobe_multi.offsets = &offset;
  link_opts.uprobe_multi.cnt = 1;
  int link_fd = bpf_link_create(prog_fd, -1, EL_TRACE_UPROBE_MULTI, &link_opts);
  int err = errno;
  if (link_fd >= 0) close(link_fd);
  close(prog_fd);
  cached = link_fd < 0 && err == EBADF;
  return cached;
}

/*
 * Uprobe programs load as uprobe_multi where the kernel has it. Not for the multiplexing: tearing a
 * perf-event uprobe down waits out a grace period under a global mutex (~0.1 s each, one after
 * another), while uprobe_multi links release without it, so links closed together wait together.
 */
static void prefer_uprobe_multi(struct bpf_object *obj) {
  if (!uprobe_multi_supported()) return;
  struct bpf_program *prog;
  bpf_object__for_each_program(prog, obj) {
    const char *section = bpf_program__section_name(prog);
    if (strcmp(section, "uprobe") == 0 || strcmp(section, "uretprobe") == 0)
      bpf_program__set_expected_attach_type(prog, EL_TRACE_UPROBE_MULTI);
  }
}

/*
 * The verifier gives up with EAGAIN whenever a signal is pending on the loading thread (a profiler's
 * SIGPROF, a SIGCHLD), and libbpf's few retries lose to a periodic one. Signals are blocked while the
 * object loads (~65 ms) and delivered right after.
 */
int ops_load(struct bpf_object *obj) {
  prefer_uprobe_multi(obj);
  sigset_t all, previous;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, &previous);
  int result = bpf_object__load(obj);
  pthread_sigmask(SIG_SETMASK, &previous, NULL);
  return result;
}

void ops_close(struct bpf_object *obj) { bpf_object__close(obj); }

struct bpf_program *ops_find_program(struct bpf_object *obj, const char *name) {
  return bpf_object__find_program_by_name(obj, name);
}

struct bpf_program *ops_next_program(struct bpf_object *obj, struct bpf_program *prev) {
  return bpf_object__next_program(obj, prev);
}

const char *ops_program_name(const struct bpf_program *prog) { return bpf_program__name(prog); }

int ops_attach(struct bpf_program *prog, struct bpf_link **out) {
  errno = 0;
  struct bpf_link *link = bpf_program__attach(prog);
  if (!link) return negative_errno();
  *out = link;
  return 0;
}

int ops_attach_uprobe(struct bpf_program *prog, const char *binary_path, uint64_t file_offset, bool retprobe,
                      int pid, struct bpf_link **out) {
  errno = 0;
  struct bpf_link *link;
  if (bpf_program__expected_attach_type(prog) == EL_TRACE_UPROBE_MULTI) {
    unsigned long offset = (unsigned long)file_offset;
    LIBBPF_OPTS(bpf_uprobe_multi_opts, options, .offsets = &offset, .cnt = 1, .retprobe = retprobe);
    link = bpf_program__attach_uprobe_multi(prog, pid, binary_path, NULL, &options);
  } else {
    LIBBPF_OPTS(bpf_uprobe_opts, options, .retprobe = retprobe);
    link = bpf_program__attach_uprobe_opts(prog, pid, binary_path, (size_t)file_offset, &options);
  }
  if (!link) return negative_errno();
  *out = link;
  return 0;
}

void ops_detach(struct bpf_link *link) { bpf_link__destroy(link); }

struct bpf_map *ops_find_map(struct bpf_object *obj, const char *name) {
  return bpf_object__find_map_by_name(obj, name);
}

int ops_map_set_max_entries(struct bpf_map *map, uint32_t max_entries) {
  return bpf_map__set_max_entries(map, max_entries);
}

uint32_t ops_map_key_size(const struct bpf_map *map) { return bpf_map__key_size(map); }

static bool is_per_cpu(enum bpf_map_type type) {
  return type == BPF_MAP_TYPE_PERCPU_ARRAY || type == BPF_MAP_TYPE_PERCPU_HASH ||
         type == BPF_MAP_TYPE_LRU_PERCPU_HASH || type == BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE;
}

int ops_map_value_buffer_size(const struct bpf_map *map, size_t *size) {
  size_t value_size = bpf_map__value_size(map);
  if (!is_per_cpu(bpf_map__type(map))) {
    *size = value_size;
    return 0;
  }
  int cpus = libbpf_num_possible_cpus();
  if (cpus < 0) return cpus;
  *size = ((value_size + 7) & ~(size_t)7) * (size_t)cpus;
  return 0;
}

bool ops_map_is_ringbuf(const struct bpf_map *map) { return bpf_map__type(map) == BPF_MAP_TYPE_RINGBUF; }

int ops_map_update(const struct bpf_map *map, const void *key, size_t key_size, const void *value,
                   size_t value_size, uint64_t flags) {
  return bpf_map__update_elem(map, key, key_size, value, value_size, flags);
}

int ops_map_delete(const struct bpf_map *map, const void *key, size_t key_size) {
  return bpf_map__delete_elem(map, key, key_size, 0);
}

int ops_map_lookup(const struct bpf_map *map, const void *key, size_t key_size, void *value, size_t value_size) {
  return bpf_map__lookup_elem(map, key, key_size, value, value_size, 0);
}

int ops_ring_new(const struct bpf_map *map, ops_ring_record_fn on_record, void *ctx, struct ring_buffer **out) {
  errno = 0;
  struct ring_buffer *ring = ring_buffer__new(bpf_map__fd(map), on_record, ctx, NULL);
  if (!ring) return negative_errno();
  *out = ring;
  return 0;
}

int ops_ring_poll(struct ring_buffer *ring, int timeout_ms) { return ring_buffer__poll(ring, timeout_ms); }

int ops_ring_consume(struct ring_buffer *ring) { return ring_buffer__consume(ring); }

void ops_ring_free(struct ring_buffer *ring) { ring_buffer__free(ring); }

int ops_possible_cpus(void) { return libbpf_num_possible_cpus(); }
