# KNEAD_SANITIZE builds everything with ASan + UBSan and libstdc++'s own checks,
# so the whole test suite doubles as a memory-safety check.
if(KNEAD_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined -D_GLIBCXX_ASSERTIONS)
  add_link_options(-fsanitize=address,undefined)
endif()
