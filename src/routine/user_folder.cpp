#include "routine/user_folder.hpp"

#include "util/error.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace knead::routine {

void write_new_file(const std::filesystem::path &path, std::string_view text) {
  std::error_code error;
  std::filesystem::create_directories(path.parent_path(), error);
  if (error) {
    throw Error(fmt::format("cannot create {}: {}", path.parent_path().string(), error.message()));
  }
  // "x": fail when the file exists (C11 exclusive mode, O_EXCL underneath).
  const std::unique_ptr<std::FILE, int (*)(std::FILE *)> file(std::fopen(path.c_str(), "wx"),
                                                              &std::fclose);
  if (!file) {
    if (errno == EEXIST) {
      throw Error(fmt::format("{} already exists; knead does not overwrite it", path.string()));
    }
    throw Error(fmt::format("cannot create {}: {}", path.string(), std::strerror(errno)));
  }
  if (std::fwrite(text.data(), 1, text.size(), file.get()) != text.size() ||
      std::fflush(file.get()) != 0) {
    throw Error(fmt::format("cannot write {}: {}", path.string(), std::strerror(errno)));
  }
}

} // namespace knead::routine
