#include "cli/library.hpp"

#include "knead_version.hpp"
#include "routine/builtin.hpp"
#include "util/error.hpp"
#include "util/sanitize.hpp"
#include "util/xdg.hpp"

#include <cstdio>
#include <string>

namespace knead::cli {

namespace fs = std::filesystem;

routine::Library make_library() {
  routine::LibraryFolders folders;
  folders.install = fs::path(KNEAD_INSTALL_DATADIR) / "knead" / "routines";
  for (const auto &dir : xdg::data_dirs()) {
    folders.data.push_back(dir / "knead" / "routines");
  }
  try {
    folders.user = xdg::user_routines_dir();
  } catch (const Error &) {
    // Neither XDG_CONFIG_HOME nor HOME: there is no user folder to search.
  }
  return {routine::builtin_routine_texts(), folders, [](const std::string &warning) {
            const auto line = "knead: warning: " + sanitize_for_terminal(warning) + "\n";
            std::fputs(line.c_str(), stderr);
            std::fflush(stderr);
          }};
}

fs::path user_routine_path(std::string_view id) {
  return xdg::user_routines_dir() / (std::string(id) + ".toml");
}

} // namespace knead::cli
