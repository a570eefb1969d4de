/*
 * The libbpf calls the addon makes, behind a plain C interface: libbpf's option structs
 * (LIBBPF_OPTS) rely on C designated initialisers, so C++ never includes libbpf.h.
 * Functions returning int give 0 (or a count) on success and -errno on failure.
 */
#ifndef EGRESS_LENS_BPF_OPS_H
#define EGRESS_LENS_BPF_OPS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

struct bpf_object;
struct bpf_program;
struct bpf_map;
struct bpf_link;
struct ring_buffer;

/* libbpf's log goes to an in-memory ring of recent lines so errors can quote it. */
void ops_log_install(void);
void ops_log_clear(void);
/* The last max_lines captured lines, each ending in '\n'; the caller frees the string. */
char *ops_log_tail(size_t max_lines);

int ops_open(const char *path, struct bpf_object **out);
int ops_load(struct bpf_object *obj);
void ops_close(struct bpf_object *obj);

struct bpf_program *ops_find_program(struct bpf_object *obj, const char *name);
/* Iterates programs: pass NULL for the first. */
struct bpf_program *ops_next_program(struct bpf_object *obj, struct bpf_program *prev);
const char *ops_program_name(const struct bpf_program *prog);
int ops_attach(struct bpf_program *prog, struct bpf_link **out);
int ops_attach_uprobe(struct bpf_program *prog, const char *binary_path, uint64_t file_offset, bool retprobe,
                      int pid, struct bpf_link **out);
void ops_detach(struct bpf_link *link);

struct bpf_map *ops_find_map(struct bpf_object *obj, const char *name);
int ops_map_set_max_entries(struct bpf_map *map, uint32_t max_entries);
uint32_t ops_map_key_size(const struct bpf_map *map);
/* Bytes a lookup or update moves: value_size, or for per-CPU maps one 8-byte-aligned slot per possible CPU. */
int ops_map_value_buffer_size(const struct bpf_map *map, size_t *size);
bool ops_map_is_ringbuf(const struct bpf_map *map);
int ops_map_update(const struct bpf_map *map, const void *key, size_t key_size, const void *value,
                   size_t value_size, uint64_t flags);
int ops_map_delete(const struct bpf_map *map, const void *key, size_t key_size);
int ops_map_lookup(const struct bpf_map *map, const void *key, size_t key_size, void *value, size_t value_size);

typedef int (*ops_ring_record_fn)(void *ctx, void *data, size_t size);
int ops_ring_new(const struct bpf_map *map, ops_ring_record_fn on_record, void *ctx, struct ring_buffer **out);
/* Both return the number of records consumed, or -errno. */
int ops_ring_poll(struct ring_buffer *ring, int timeout_ms);
int ops_ring_consume(struct ring_buffer *ring);
void ops_ring_free(struct ring_buffer *ring);

int ops_possible_cpus(void);

#ifdef __cplusplus
}
#endif

#endif
