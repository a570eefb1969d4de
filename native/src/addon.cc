// egress_lens.node: loads a BPF object with libbpf, attaches its programs, reads and writes its maps and
// streams a ring buffer map to JavaScript. All libbpf calls live in bpf_ops.c.
#include <linux/types.h>
#include <malloc.h>
#include <napi.h>
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "bpf_ops.h"
#include "../../bpf/events.h"

namespace {

// Beyond this much data waiting, JavaScript is not keeping up: drop and count rather than grow.
constexpr size_t kPendingCapBytes = size_t{256} << 20;
// How long the ring thread sleeps in epoll: it then drains whatever the kernel queued without a
// wakeup (egress.bpf.h submits data events that way) and checks whether it should stop.
constexpr int kPollTimeoutMs = 5;
constexpr size_t kLogTailLines = 40;

std::string ErrnoText(int negative_errno) {
  int code = -negative_errno;
  return std::string(strerror(code)) + " (errno " + std::to_string(code) + ")";
}

// "failed to <step>: <strerror> (errno N)", with libbpf's recent log lines when they explain it.
[[noreturn]] void ThrowStepError(Napi::Env env, const std::string& step, int negative_errno,
                                 bool with_libbpf_log = false) {
  std::string message = "failed to " + step + ": " + ErrnoText(negative_errno);
  if (with_libbpf_log) {
    char* tail = ops_log_tail(kLogTailLines);
    if (tail != nullptr && tail[0] != '\0') message += "\nlibbpf log (last lines):\n" + std::string(tail);
    free(tail);
  }
  throw Napi::Error::New(env, message);
}

std::string Quoted(const std::string& name) { return "\"" + name + "\""; }

// One startRingBuffer..stopRingBuffer run, and the records it drained until JavaScript takes them.
// Shared with queued notifications so it outlives the object if JavaScript drops the object while a
// notification is still on its way.
//
// Records wait here, in ring order, until JavaScript takes them (takeRecords): it handles them once
// the job is over or once many wait, not as they come. They wait in native memory, freed as soon as
// taken: held in JavaScript, a batch outlives two scavenges and is freed only by a full collection.
// Records of an urgent kind (a held task's exec) are also copied out at once, with a notice.
class RingSession : public std::enable_shared_from_this<RingSession> {
 public:
  struct Stats {
    uint64_t records = 0;
    uint64_t bytes = 0;
    uint64_t dropped_in_userspace = 0;
    uint64_t pending_bytes = 0;
  };

  RingSession(Napi::Env env, Napi::Function on_notice, std::vector<uint32_t> urgent_kinds,
              size_t notice_at_bytes)
      : notify_(Napi::ThreadSafeFunction::New(env, on_notice, "egress-lens ring buffer", 0, 1)),
        on_notice_(Napi::Persistent(on_notice)),
        urgent_kinds_(std::move(urgent_kinds)),
        notice_at_bytes_(notice_at_bytes) {}

  ~RingSession() { StopAndDiscard(); }

  // Opens the ring on the map and starts draining it; returns 0 or -errno.
  int Start(const struct bpf_map* map) {
    int result = ops_ring_new(map, &RingSession::OnRecord, this, &ring_);
    if (result != 0) {
      notify_.Release();
      return result;
    }
    thread_ = std::thread([this] { Run(); });
    return 0;
  }

  bool running() const { return ring_ != nullptr; }

  // Stops the thread, moves what is still in the kernel ring into pending and gives the last notice
  // before returning; the records stay for takeRecords. Call on the JavaScript thread.
  void StopAndNotice(Napi::Env env) {
    StopThread();
    if (ring_ != nullptr) ops_ring_consume(ring_);
    ReleaseRing();
    Notice(env);
  }

  // For close() and environment teardown: stop without calling into JavaScript.
  void StopAndDiscard() {
    StopThread();
    ReleaseRing();
    std::lock_guard<std::mutex> lock(mutex_);
    pending_.clear();
    pending_.shrink_to_fit();
    head_ = 0;
    urgent_.clear();
    stats_.pending_bytes = 0;
  }

  Stats stats() {
    std::lock_guard<std::mutex> lock(mutex_);
    return stats_;
  }

  // Whole records from the front of pending, up to max_bytes of entries (at least one record), as one
  // Buffer in the batch layout; null when none waits. JavaScript thread only.
  Napi::Value Take(Napi::Env env, size_t max_bytes) {
    auto piece = std::make_unique<std::vector<uint8_t>>();
    {
      std::lock_guard<std::mutex> lock(mutex_);
      size_t end = head_;
      while (end < pending_.size()) {
        size_t entry_size = EntrySize(ReadLength(pending_.data() + end));
        if (end > head_ && end - head_ + entry_size > max_bytes) break;
        end += entry_size;
      }
      if (end == head_) return env.Null();
      piece->assign(pending_.data() + head_, pending_.data() + end);
      head_ = end;
      if (head_ == pending_.size()) {
        pending_.clear();
        head_ = 0;
        // A burst's buffer, kept for the next one unless it was unusually large.
        if (pending_.capacity() > 4 * notice_at_bytes_) pending_.shrink_to_fit();
      } else if (head_ > pending_.size() / 2) {
        pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(head_));
        head_ = 0;
      }
      if (Waiting() < notice_at_bytes_) noticed_full_ = false;
      stats_.pending_bytes = Waiting();
    }
    return Owned(env, std::move(piece));
  }

 private:
  static int OnRecord(void* context, void* data, size_t size) {
    static_cast<RingSession*>(context)->Append(static_cast<const uint8_t*>(data), size);
    return 0;
  }

  void Run() {
    // Signals belong to the main thread: an EINTR here would only end a poll early.
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, nullptr);
    while (!stopping_.load(std::memory_order_acquire)) {
      int result = ops_ring_poll(ring_, kPollTimeoutMs);
      if (result < 0 && result != -EINTR) break;
      result = ops_ring_consume(ring_);
      if (result < 0) break;
    }
  }

  void StopThread() {
    stopping_.store(true, std::memory_order_release);
    if (thread_.joinable()) thread_.join();
  }

  void ReleaseRing() {
    if (ring_ == nullptr) return;
    ops_ring_free(ring_);
    ring_ = nullptr;
    notify_.Release();
  }

  // Hands the urgent records copied so far and the count of waiting bytes to onNotice. JavaScript
  // thread only.
  void Notice(Napi::Env env) {
    auto urgent = std::make_unique<std::vector<uint8_t>>();
    size_t waiting;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      urgent->swap(urgent_);
      waiting = Waiting();
      notice_queued_ = false;
    }
    if (on_notice_.IsEmpty()) return;
    on_notice_.Call({Owned(env, std::move(urgent)), Napi::Number::New(env, static_cast<double>(waiting))});
  }

  static Napi::Buffer<uint8_t> Owned(Napi::Env env, std::unique_ptr<std::vector<uint8_t>> bytes) {
    std::vector<uint8_t>* owned = bytes.release();
    return Napi::Buffer<uint8_t>::NewOrCopy(
        env, owned->data(), owned->size(), [](Napi::Env, uint8_t*, std::vector<uint8_t>* data) { delete data; },
        owned);
  }

  static uint32_t ReadLength(const uint8_t* entry) {
    return static_cast<uint32_t>(entry[0]) | static_cast<uint32_t>(entry[1]) << 8 |
           static_cast<uint32_t>(entry[2]) << 16 | static_cast<uint32_t>(entry[3]) << 24;
  }

  static size_t EntrySize(size_t record_size) { return (4 + record_size + 7) & ~size_t{7}; }

  // Data events are reserved at a size class (512, 4096 or 16384 bytes of data): only what was
  // copied is worth keeping while records wait.
  static size_t UsedBytes(const uint8_t* data, size_t size) {
    if (size < sizeof(el_data_event)) return size;
    el_data_event event;
    memcpy(&event, data, sizeof(event));
    if (event.h.kind != EL_EV_DATA) return size;
    return std::min(size, sizeof(el_data_event) + event.len);
  }

  bool IsUrgent(const uint8_t* data, size_t size) const {
    if (size < sizeof(uint32_t)) return false;
    uint32_t kind;
    memcpy(&kind, data, sizeof(kind));
    return std::find(urgent_kinds_.begin(), urgent_kinds_.end(), kind) != urgent_kinds_.end();
  }

  // Appends one entry: u32 LE length, the bytes, zero padding to a multiple of 8.
  static void AppendEntry(std::vector<uint8_t>& to, const uint8_t* data, size_t size) {
    size_t offset = to.size();
    to.resize(offset + EntrySize(size), 0);
    uint8_t* entry = to.data() + offset;
    uint32_t length = static_cast<uint32_t>(size);
    entry[0] = static_cast<uint8_t>(length);
    entry[1] = static_cast<uint8_t>(length >> 8);
    entry[2] = static_cast<uint8_t>(length >> 16);
    entry[3] = static_cast<uint8_t>(length >> 24);
    memcpy(entry + 4, data, size);
  }

  size_t Waiting() const { return pending_.size() - head_; }

  void Append(const uint8_t* data, size_t full_size) {
    size_t size = UsedBytes(data, full_size);
    bool urgent = IsUrgent(data, size);
    bool notice = false;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (Waiting() + EntrySize(size) > kPendingCapBytes) {
        stats_.dropped_in_userspace++;
        return;
      }
      AppendEntry(pending_, data, size);
      if (urgent) AppendEntry(urgent_, data, size);
      bool full = !noticed_full_ && Waiting() >= notice_at_bytes_;
      if (full) noticed_full_ = true;
      // At most one notice in flight: until JavaScript has it, later urgent records ride along.
      if ((urgent || full) && !notice_queued_) notice = notice_queued_ = true;
      stats_.records++;
      stats_.bytes += size;
      stats_.pending_bytes = Waiting();
    }
    if (notice) {
      std::shared_ptr<RingSession> self = shared_from_this();
      notify_.NonBlockingCall([self](Napi::Env env, Napi::Function) { self->Notice(env); });
    }
  }

  struct ring_buffer* ring_ = nullptr;
  Napi::ThreadSafeFunction notify_;
  Napi::FunctionReference on_notice_;
  const std::vector<uint32_t> urgent_kinds_;
  const size_t notice_at_bytes_;
  std::thread thread_;
  std::atomic<bool> stopping_{false};
  std::mutex mutex_;
  // Records not yet taken start at head_ (taken ones are erased in bulk, not one by one).
  std::vector<uint8_t> pending_;
  size_t head_ = 0;
  std::vector<uint8_t> urgent_;
  bool noticed_full_ = false;
  bool notice_queued_ = false;
  Stats stats_;
};

class BpfObject : public Napi::ObjectWrap<BpfObject> {
 public:
  static Napi::Function DefineClass(Napi::Env env) {
    return ObjectWrap<BpfObject>::DefineClass(
        env, "BpfObject",
        {
            InstanceMethod<&BpfObject::Attach>("attach"),
            InstanceMethod<&BpfObject::AttachUprobe>("attachUprobe"),
            InstanceMethod<&BpfObject::Detach>("detach"),
            InstanceMethod<&BpfObject::MapUpdate>("mapUpdate"),
            InstanceMethod<&BpfObject::MapDelete>("mapDelete"),
            InstanceMethod<&BpfObject::MapLookup>("mapLookup"),
            InstanceMethod<&BpfObject::StartRingBuffer>("startRingBuffer"),
            InstanceMethod<&BpfObject::StopRingBuffer>("stopRingBuffer"),
            InstanceMethod<&BpfObject::TakeRecords>("takeRecords"),
            InstanceMethod<&BpfObject::RingStats>("ringStats"),
            InstanceMethod<&BpfObject::ProgramNames>("programNames"),
            InstanceMethod<&BpfObject::Close>("close"),
        });
  }

  // new BpfObject(path, mapMaxEntries?: Record<string, number>): opens and loads.
  explicit BpfObject(const Napi::CallbackInfo& info) : ObjectWrap<BpfObject>(info) {
    Napi::Env env = info.Env();
    path_ = info[0].As<Napi::String>().Utf8Value();
    ops_log_clear();
    int result = ops_open(path_.c_str(), &object_);
    if (result != 0) ThrowStepError(env, "open " + path_, result, true);
    try {
      if (info.Length() > 1 && info[1].IsObject()) ApplyMaxEntries(info[1].As<Napi::Object>());
      result = ops_load(object_);
      if (result != 0) ThrowStepError(env, "load " + path_, result, true);
    } catch (...) {
      ops_close(object_);
      object_ = nullptr;
      throw;
    }
    RegisterCleanupHook();
  }

  ~BpfObject() override { Release(); }

 private:
  void ApplyMaxEntries(Napi::Object sizes) {
    Napi::Array names = sizes.GetPropertyNames();
    for (uint32_t i = 0; i < names.Length(); i++) {
      std::string name = names.Get(i).As<Napi::String>().Utf8Value();
      uint32_t entries = sizes.Get(name).As<Napi::Number>().Uint32Value();
      int result = ops_map_set_max_entries(FindMap(name), entries);
      if (result != 0) ThrowStepError(Env(), "set max_entries of map " + Quoted(name), result, true);
    }
  }

  // Teardown must stop the ring thread before Node closes its thread-safe function, and Node runs
  // cleanup hooks newest first: so the hook is re-registered after each thread-safe function is made.
  void RegisterCleanupHook() {
    UnregisterCleanupHook();
    cleanup_hook_ = Env().AddCleanupHook(&BpfObject::ReleaseFromTeardown, this);
    hook_registered_ = true;
  }

  void UnregisterCleanupHook() {
    if (!hook_registered_) return;
    cleanup_hook_.Remove(Env());
    hook_registered_ = false;
  }

  static void ReleaseFromTeardown(BpfObject* self) {
    self->hook_registered_ = false;  // Node is running the hook now and frees its record afterwards
    self->Release();
  }

  void Release() {
    UnregisterCleanupHook();
    if (ring_) ring_->StopAndDiscard();
    DetachAll();
    if (object_ != nullptr) ops_close(object_);
    object_ = nullptr;
  }

  // Destroying a uprobe link waits out an RCU grace period (~0.1 s each here). Destroyed on threads
  // of their own the waits overlap, so twenty probes cost about one grace period instead of two seconds.
  void DetachAll() {
    std::vector<std::thread> threads;
    threads.reserve(links_.size());
    for (auto& [id, link] : links_) {
      try {
        threads.emplace_back(ops_detach, link);
      } catch (const std::system_error&) {
        ops_detach(link);  // no thread to spare: detach here, serially
      }
    }
    for (auto& thread : threads) thread.join();
    links_.clear();
  }

  struct bpf_object* Object() {
    if (object_ == nullptr) throw Napi::Error::New(Env(), "BPF object " + path_ + " is closed");
    return object_;
  }

  struct bpf_program* FindProgram(const std::string& name) {
    struct bpf_program* program = ops_find_program(Object(), name.c_str());
    if (program == nullptr) throw Napi::Error::New(Env(), "unknown program " + Quoted(name));
    return program;
  }

  struct bpf_map* FindMap(const std::string& name) {
    struct bpf_map* map = ops_find_map(Object(), name.c_str());
    if (map == nullptr) throw Napi::Error::New(Env(), "unknown map " + Quoted(name));
    return map;
  }

  uint32_t AddLink(struct bpf_link* link) {
    uint32_t id = next_link_id_++;
    links_[id] = link;
    return id;
  }

  // Key buffers must match the map's key size exactly; libbpf would only say EINVAL.
  Napi::Buffer<uint8_t> KeyArgument(const Napi::Value& value, const std::string& map_name,
                                    const struct bpf_map* map) {
    auto key = value.As<Napi::Buffer<uint8_t>>();
    uint32_t expected = ops_map_key_size(map);
    if (key.Length() != expected) {
      throw Napi::Error::New(Env(), "key for map " + Quoted(map_name) + " must be " + std::to_string(expected) +
                                        " bytes, got " + std::to_string(key.Length()));
    }
    return key;
  }

  size_t ValueSize(const std::string& map_name, const struct bpf_map* map) {
    size_t size = 0;
    int result = ops_map_value_buffer_size(map, &size);
    if (result != 0) ThrowStepError(Env(), "size values of map " + Quoted(map_name), result);
    return size;
  }

  Napi::Value Attach(const Napi::CallbackInfo& info) {
    std::string name = info[0].As<Napi::String>().Utf8Value();
    struct bpf_program* program = FindProgram(name);
    ops_log_clear();
    struct bpf_link* link = nullptr;
    int result = ops_attach(program, &link);
    if (result != 0) ThrowStepError(info.Env(), "attach program " + Quoted(name), result, true);
    return Napi::Number::New(info.Env(), AddLink(link));
  }

  // attachUprobe(program, { path, offset, retprobe, pid? })
  Napi::Value AttachUprobe(const Napi::CallbackInfo& info) {
    std::string name = info[0].As<Napi::String>().Utf8Value();
    Napi::Object target = info[1].As<Napi::Object>();
    std::string binary = target.Get("path").As<Napi::String>().Utf8Value();
    int64_t offset = target.Get("offset").As<Napi::Number>().Int64Value();
    bool retprobe = target.Get("retprobe").ToBoolean().Value();
    Napi::Value pid_value = target.Get("pid");
    int pid = pid_value.IsUndefined() ? -1 : pid_value.As<Napi::Number>().Int32Value();
    if (offset < 0) throw Napi::Error::New(info.Env(), "uprobe offset must not be negative");
    struct bpf_program* program = FindProgram(name);
    ops_log_clear();
    struct bpf_link* link = nullptr;
    int result = ops_attach_uprobe(program, binary.c_str(), static_cast<uint64_t>(offset), retprobe, pid, &link);
    if (result != 0) {
      ThrowStepError(info.Env(),
                     std::string("attach ") + (retprobe ? "uretprobe " : "uprobe ") + Quoted(name) + " to " +
                         binary + "+0x" + ToHex(static_cast<uint64_t>(offset)),
                     result, true);
    }
    return Napi::Number::New(info.Env(), AddLink(link));
  }

  static std::string ToHex(uint64_t value) {
    char text[32];
    snprintf(text, sizeof text, "%llx", static_cast<unsigned long long>(value));
    return text;
  }

  void Detach(const Napi::CallbackInfo& info) {
    uint32_t id = info[0].As<Napi::Number>().Uint32Value();
    auto found = links_.find(id);
    if (found == links_.end()) throw Napi::Error::New(info.Env(), "unknown link " + std::to_string(id));
    ops_detach(found->second);
    links_.erase(found);
  }

  void MapUpdate(const Napi::CallbackInfo& info) {
    std::string name = info[0].As<Napi::String>().Utf8Value();
    struct bpf_map* map = FindMap(name);
    auto key = KeyArgument(info[1], name, map);
    auto value = info[2].As<Napi::Buffer<uint8_t>>();
    size_t expected = ValueSize(name, map);
    if (value.Length() != expected) {
      throw Napi::Error::New(info.Env(), "value for map " + Quoted(name) + " must be " + std::to_string(expected) +
                                             " bytes, got " + std::to_string(value.Length()));
    }
    uint64_t flags = info.Length() > 3 && info[3].IsNumber() ? info[3].As<Napi::Number>().Int64Value() : 0;
    int result = ops_map_update(map, key.Data(), key.Length(), value.Data(), value.Length(), flags);
    if (result != 0) ThrowStepError(info.Env(), "update map " + Quoted(name), result);
  }

  Napi::Value MapDelete(const Napi::CallbackInfo& info) {
    std::string name = info[0].As<Napi::String>().Utf8Value();
    struct bpf_map* map = FindMap(name);
    auto key = KeyArgument(info[1], name, map);
    int result = ops_map_delete(map, key.Data(), key.Length());
    if (result == -ENOENT) return Napi::Boolean::New(info.Env(), false);
    if (result != 0) ThrowStepError(info.Env(), "delete from map " + Quoted(name), result);
    return Napi::Boolean::New(info.Env(), true);
  }

  Napi::Value MapLookup(const Napi::CallbackInfo& info) {
    std::string name = info[0].As<Napi::String>().Utf8Value();
    struct bpf_map* map = FindMap(name);
    auto key = KeyArgument(info[1], name, map);
    auto value = Napi::Buffer<uint8_t>::New(info.Env(), ValueSize(name, map));
    int result = ops_map_lookup(map, key.Data(), key.Length(), value.Data(), value.Length());
    if (result == -ENOENT) return info.Env().Null();
    if (result != 0) ThrowStepError(info.Env(), "look up map " + Quoted(name), result);
    return value;
  }

  void StartRingBuffer(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string name = info[0].As<Napi::String>().Utf8Value();
    Napi::Object options = info[1].As<Napi::Object>();
    Napi::Function on_notice = info[2].As<Napi::Function>();
    std::vector<uint32_t> urgent_kinds;
    Napi::Array kinds = options.Get("urgentKinds").As<Napi::Array>();
    for (uint32_t i = 0; i < kinds.Length(); i++)
      urgent_kinds.push_back(kinds.Get(i).As<Napi::Number>().Uint32Value());
    auto notice_at_bytes =
        static_cast<size_t>(options.Get("noticeAtBytes").As<Napi::Number>().Int64Value());
    struct bpf_map* map = FindMap(name);
    if (!ops_map_is_ringbuf(map)) throw Napi::Error::New(env, "map " + Quoted(name) + " is not a ring buffer");
    if (ring_ && ring_->running()) throw Napi::Error::New(env, "a ring buffer is already being read");

    auto session = std::make_shared<RingSession>(env, on_notice, std::move(urgent_kinds), notice_at_bytes);
    int result = session->Start(map);
    if (result != 0) ThrowStepError(env, "open ring buffer " + Quoted(name), result, true);
    ring_ = session;
    RegisterCleanupHook();
  }

  void StopRingBuffer(const Napi::CallbackInfo& info) {
    if (ring_ && ring_->running()) ring_->StopAndNotice(info.Env());
  }

  Napi::Value TakeRecords(const Napi::CallbackInfo& info) {
    size_t max_bytes = static_cast<size_t>(info[0].As<Napi::Number>().Int64Value());
    if (!ring_) return info.Env().Null();
    return ring_->Take(info.Env(), max_bytes);
  }

  Napi::Value RingStats(const Napi::CallbackInfo& info) {
    RingSession::Stats stats = ring_ ? ring_->stats() : RingSession::Stats{};
    Napi::Object result = Napi::Object::New(info.Env());
    result.Set("records", static_cast<double>(stats.records));
    result.Set("bytes", static_cast<double>(stats.bytes));
    result.Set("droppedInUserspace", static_cast<double>(stats.dropped_in_userspace));
    result.Set("pendingBytes", static_cast<double>(stats.pending_bytes));
    return result;
  }

  Napi::Value ProgramNames(const Napi::CallbackInfo& info) {
    Napi::Array names = Napi::Array::New(info.Env());
    struct bpf_object* object = Object();
    uint32_t index = 0;
    for (struct bpf_program* program = ops_next_program(object, nullptr); program != nullptr;
         program = ops_next_program(object, program)) {
      names.Set(index++, ops_program_name(program));
    }
    return names;
  }

  void Close(const Napi::CallbackInfo&) { Release(); }

  std::string path_;
  struct bpf_object* object_ = nullptr;
  std::map<uint32_t, struct bpf_link*> links_;
  uint32_t next_link_id_ = 1;
  std::shared_ptr<RingSession> ring_;
  Napi::Env::CleanupHook<void (*)(BpfObject*), BpfObject> cleanup_hook_;
  bool hook_registered_ = false;
};

// The class is reachable only through openObject, so the constructor lives in instance data.
struct AddonData {
  Napi::FunctionReference bpf_object_class;
};

// openObject(path, options?: { mapMaxEntries?: Record<string, number> })
Napi::Value OpenObject(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsString()) throw Napi::TypeError::New(env, "openObject(path) needs a path");
  Napi::Value max_entries = env.Undefined();
  if (info.Length() > 1 && info[1].IsObject()) max_entries = info[1].As<Napi::Object>().Get("mapMaxEntries");
  return env.GetInstanceData<AddonData>()->bpf_object_class.New({info[0], max_entries});
}

Napi::Value PossibleCpus(const Napi::CallbackInfo& info) {
  int cpus = ops_possible_cpus();
  if (cpus < 0) ThrowStepError(info.Env(), "count possible CPUs", cpus);
  return Napi::Number::New(info.Env(), cpus);
}

}  // namespace

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  // Waiting records grow and shrink in the megabytes: from mmap, so that memory returns to the system
  // once JavaScript has taken them, instead of glibc raising the threshold and keeping it.
  mallopt(M_MMAP_THRESHOLD, 256 << 10);
  ops_log_install();
  auto* data = new AddonData{Napi::Persistent(BpfObject::DefineClass(env))};
  env.SetInstanceData(data);
  exports.Set("openObject", Napi::Function::New<OpenObject>(env, "openObject"));
  exports.Set("possibleCpus", Napi::Function::New<PossibleCpus>(env, "possibleCpus"));
  return exports;
}

NODE_API_MODULE(egress_lens, Init)
