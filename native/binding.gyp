{
  "targets": [
    {
      "target_name": "egress_lens",
      "sources": ["src/addon.cc", "src/bpf_ops.c"],
      "include_dirs": [
        "<!(node -p \"require('node-addon-api').include_dir\")",
        "vendor/include"
      ],
      "defines": [
        "NAPI_VERSION=8",
        "NAPI_CPP_EXCEPTIONS",
        "NODE_ADDON_API_DISABLE_DEPRECATED",
        "NODE_API_SWALLOW_UNTHROWABLE_EXCEPTIONS"
      ],
      "cflags": ["-O2", "-Wall", "-Wextra", "-fvisibility=hidden"],
      "cflags_cc": ["-std=c++17", "-fexceptions"],
      "cflags_cc!": ["-fno-exceptions", "-std=gnu++17"],
      "libraries": [
        "<(module_root_dir)/vendor/lib/libbpf.a",
        "<(module_root_dir)/vendor/lib/libelf.a",
        "<(module_root_dir)/vendor/lib/libz.a"
      ],
      "ldflags": ["-Wl,--exclude-libs,ALL"]
    }
  ]
}
