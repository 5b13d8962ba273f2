#include "ui/sound_folder.hpp"

#include <fmt/format.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>

namespace knead::ui {

namespace {

std::optional<std::filesystem::path> absolute_env(const char *name) {
  const char *value = std::getenv(name);
  if (value == nullptr || value[0] != '/') {
    return std::nullopt; // relative values count as unset (the XDG spec)
  }
  return std::filesystem::path(value);
}

// Makes `path` (and its parents) and checks it is a private directory of ours.
bool make_private(const std::filesystem::path &path, std::string *why) {
  std::error_code error;
  std::filesystem::create_directories(path, error);
  struct stat info {};
  if (::lstat(path.c_str(), &info) != 0) {
    *why = fmt::format("cannot make {}: {}", path.string(), std::strerror(errno));
    return false;
  }
  if (!S_ISDIR(info.st_mode) || info.st_uid != ::getuid()) {
    *why = fmt::format("{} is not a folder of yours", path.string());
    return false;
  }
  if ((info.st_mode & 0777U) != 0700U && ::chmod(path.c_str(), 0700) != 0) {
    *why = fmt::format("cannot make {} private: {}", path.string(), std::strerror(errno));
    return false;
  }
  return true;
}

std::uint64_t fnv1a(const std::string &text) {
  std::uint64_t hash = 14'695'981'039'346'656'037ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1'099'511'628'211ULL;
  }
  return hash;
}

} // namespace

std::optional<std::filesystem::path> sound_folder(std::string *why) {
  std::filesystem::path folder;
  if (const auto runtime = absolute_env("XDG_RUNTIME_DIR")) {
    folder = *runtime / "knead";
  } else if (const auto cache = absolute_env("XDG_CACHE_HOME")) {
    folder = *cache / "knead" / "sounds";
  } else if (const auto home = absolute_env("HOME")) {
    folder = *home / ".cache" / "knead" / "sounds";
  } else {
    *why = "neither XDG_RUNTIME_DIR, XDG_CACHE_HOME nor HOME is set to an absolute path";
    return std::nullopt;
  }
  if (!make_private(folder, why)) {
    return std::nullopt;
  }
  return folder;
}

std::map<voice::Chime, std::filesystem::path> write_chimes(const std::filesystem::path &folder) {
  std::map<voice::Chime, std::filesystem::path> paths;
  for (const auto chime :
       {voice::Chime::step_start, voice::Chime::side_switch, voice::Chime::release,
        voice::Chime::tick, voice::Chime::skin, voice::Chime::end}) {
    const auto path = folder / fmt::format("chime-{}.wav", voice::to_string(chime));
    const auto temporary =
        folder / fmt::format("chime-{}.wav.{}", voice::to_string(chime), ::getpid());
    {
      std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
      out << voice::chime_wav(chime);
      if (!out.flush()) {
        continue;
      }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (!error) {
      paths[chime] = path;
    }
  }
  return paths;
}

std::filesystem::path speech_file(const std::filesystem::path &folder, const std::string &key) {
  return folder / fmt::format("speech-{:016x}.wav", fnv1a(key));
}

} // namespace knead::ui
