#include "config/loader.hpp"
#include "config/view.hpp"

#include <doctest/doctest.h>

using namespace knead;
using namespace knead::config;

TEST_CASE("knead config shows each setting with where it came from") {
  auto settings = parse_config("voice = true\n\nroutine = \"a\\\"b.toml\"\n", "c").settings;
  settings.bell.set_from_flag(false, "--no-bell");
  const ConfigPlace place{std::filesystem::path("/home/p/.config/knead/config.toml"), true};
  CHECK(format_settings(settings, place).utf8() ==
        "# /home/p/.config/knead/config.toml\n"
        "voice = true                    # file, line 1\n"
        "voice_command = []              # default: espeak-ng, else spd-say\n"
        "voice_rate = 175                # default\n"
        "sound = \"auto\"                  # default\n"
        "bell = false                    # flag --no-bell\n"
        "notify = false                  # default\n"
        "hands_free = false              # default\n"
        "routine = \"a\\\"b.toml\"           # file, line 3\n"
        "color = \"auto\"                  # default\n"
        "terminal = [\"x-terminal-emulator\", \"-e\"] # default\n"
        "ready = \"5s\"                    # default\n");
}

TEST_CASE("knead config says when there is no file or no folder") {
  const Settings defaults;
  CHECK(format_settings(defaults, {std::filesystem::path("/c/knead/config.toml"), false})
            .utf8()
            .rfind("# /c/knead/config.toml does not exist ('knead config --init' writes one).\n"
                   "voice = false ",
                   0) == 0);
  CHECK(format_settings(defaults, {})
            .utf8()
            .rfind("# No configuration folder: neither XDG_CONFIG_HOME nor HOME is set.\n", 0) ==
        0);
}

TEST_CASE("a speech command is shown as the list it is") {
  const auto settings =
      parse_config("voice_command = [\"say\", \"-r\", \"{rate}\", \"{text}\"]\n", "c").settings;
  CHECK(format_settings(settings, {})
            .utf8()
            .find("voice_command = [\"say\", \"-r\", \"{rate}\", \"{text}\"] # file, line 1\n") !=
        std::string::npos);
}
