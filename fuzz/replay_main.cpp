// Runs a fuzz target over saved inputs without libFuzzer, so the seed corpora and every
// crash reproducer found so far are replayed by the ordinary test suite, with any
// compiler. Arguments are files or folders of files; a target's abort() fails the run.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

void replay(const std::filesystem::path &path) {
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
}

} // namespace

int main(int argc, char **argv) {
  int count = 0;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path path(argv[i]);
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(path)) {
      for (const auto &entry : std::filesystem::recursive_directory_iterator(path)) {
        if (entry.is_regular_file()) {
          files.push_back(entry.path());
        }
      }
    } else {
      files.push_back(path);
    }
    for (const auto &file : files) {
      replay(file);
      ++count;
    }
  }
  if (count == 0) {
    std::fputs("no inputs replayed: check the paths\n", stderr);
    return 1;
  }
  std::printf("replayed %d inputs\n", count);
  return 0;
}
