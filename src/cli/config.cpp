// `knead config`: the settings in effect and where each came from; `--init` writes a
// commented configuration file.
#include "cli/command.hpp"
#include "cli/settings.hpp"
#include "config/settings.hpp"
#include "config/template.hpp"
#include "config/view.hpp"
#include "routine/user_folder.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <memory>

namespace knead::cli {
namespace {

struct ConfigOptions {
  bool init = false;
  SettingFlags flags;
};

int write_template(Output &out) {
  std::filesystem::path path;
  try {
    path = config::default_config_path();
  } catch (const Error &e) {
    throw Error(fmt::format("cannot write a configuration file: {}", e.what()));
  }
  if (std::filesystem::exists(path)) {
    throw Error(fmt::format("{} already exists, and --init never replaces it; 'knead config' "
                            "shows what it sets",
                            path.string()));
  }
  routine::write_new_file(path, config::config_template());
  out.print(Text::format("Created {}: every line is commented out; uncomment one to change it.\n",
                         Untrusted(path.string())));
  return 0;
}

int show(const ConfigOptions &options, const GlobalOptions &global, Output &out) {
  if (options.init) {
    return write_template(out);
  }
  const auto effective = effective_settings(options.flags, global, out);
  out.print(config::format_settings(effective.settings, effective.place));
  return 0;
}

} // namespace

void add_config_command(CLI::App &app, Action &action, GlobalOptions &global) {
  auto options = std::make_shared<ConfigOptions>();
  auto *sub = app.add_subcommand(
      "config", "show the settings in effect and where each came from (default, file, flag)");
  sub->add_flag("--init", options->init,
                "write a commented configuration file (never replaces one)");
  // The flags `run` takes, so that `knead config --no-bell` shows what they change.
  add_setting_flags(*sub, options->flags);
  add_color_option(*sub, global);
  sub->footer("The file: $XDG_CONFIG_HOME/knead/config.toml (default ~/.config/knead/config.toml)");
  sub->callback([&action, options, &global] {
    action = [options, &global](Output &out) { return show(*options, global, out); };
  });
}

} // namespace knead::cli
