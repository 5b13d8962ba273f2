#include "config/loader.hpp"
#include "config/template.hpp"
#include "unit/sandbox.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

using namespace knead;
using namespace knead::config;

namespace {

// Every diagnostic of `text`, formatted as knead prints them.
std::string problems(std::string_view text) {
  return routine::format_diagnostics(parse_config(text, "config.toml").diagnostics).utf8();
}

// Each mistake and exactly what knead says about it: the file's text, then every
// diagnostic as knead prints it.
struct ErrorCase {
  const char *rule;
  std::string text;
  const char *expected;
};

const ErrorCase k_error_cases[] = {
    {"an unknown key is an error with a did-you-mean", "voise = true\n",
     "config.toml:1:1: error: unknown key \"voise\"\n"
     "  hint: did you mean \"voice\"?\n"},
    {"an unknown key is an error with a did-you-mean", "bell = true\nhands-free = true\n",
     "config.toml:2:1: error: unknown key \"hands-free\"\n"
     "  hint: did you mean \"hands_free\"?\n"},
    {"an unknown key is an error with a did-you-mean", "bell = true\nxyzzy = true\n",
     "config.toml:2:1: error: unknown key \"xyzzy\"\n"
     "  hint: the keys here are voice, voice_command, voice_rate, sound, bell, notify, "
     "hands_free, routine, color, terminal, ready\n"},
    {"an unknown key is an error with a did-you-mean", "[voice]\nenabled = true\n",
     "config.toml:1:1: error: \"voice\" must be true or false, not a table\n"
     "  hint: write voice = true or voice = false, without quotes\n"},
    {"wrong types point at the value", "voice = \"yes\"\n",
     "config.toml:1:9: error: \"voice\" must be true or false, not a string\n"
     "  hint: write voice = true or voice = false, without quotes\n"},
    {"wrong types point at the value", "notify = 1\n",
     "config.toml:1:10: error: \"notify\" must be true or false, not an integer\n"
     "  hint: write notify = true or notify = false, without quotes\n"},
    {"wrong types point at the value", "voice_rate = \"fast\"\n",
     "config.toml:1:14: error: \"voice_rate\" must be a whole number, not a string\n"
     "  hint: write the number without quotes: voice_rate = 5\n"},
    {"wrong types point at the value", "voice_command = \"espeak-ng {text}\"\n",
     "config.toml:1:17: error: \"voice_command\" must be an array of strings, not a string\n"
     "  hint: write a list in brackets: voice_command = [\"…\", \"…\"]\n"},
    {"wrong types point at the value", "voice_command = [\"espeak-ng\", 3]\n",
     "config.toml:1:31: error: \"voice_command\" must hold only strings, not an integer\n"
     "  hint: put each entry in quotes\n"},
    {"wrong types point at the value", "sound = false\n",
     "config.toml:1:9: error: \"sound\" must be a string, not a boolean\n"
     "  hint: put the text in quotes: sound = \"…\"\n"},
    {"wrong types point at the value", "routine = 3\n",
     "config.toml:1:11: error: \"routine\" must be a string, not an integer\n"
     "  hint: put the text in quotes: routine = \"…\"\n"},
    {"words outside their choices suggest the closest", "sound = \"chmie\"\n",
     "config.toml:1:9: error: \"sound\" must be one of auto, chime, bell, off, not \"chmie\"\n"
     "  hint: did you mean \"chime\"?\n"},
    {"words outside their choices suggest the closest", "color = \"sometimes\"\n",
     "config.toml:1:9: error: \"color\" must be one of auto, always, never, not "
     "\"sometimes\"\n"
     "  hint: write color = \"auto\"\n"},
    {"the rate must be one espeak-ng takes", "voice_rate = 79\n",
     "config.toml:1:14: error: \"voice_rate\" must be from 80 to 450 words per minute, not "
     "79\n"
     "  hint: 175 is espeak-ng's usual speed\n"},
    {"the speech command needs a program and {text} or {wav}, and known placeholders",
     "voice_command = []\n",
     "config.toml:1:17: error: \"voice_command\" is empty\n"
     "  hint: name the program and its arguments, such as [\"espeak-ng\", \"{text}\"], or "
     "remove the line to use espeak-ng or spd-say\n"},
    {"the speech command needs a program and {text} or {wav}, and known placeholders",
     "voice_command = [\"espeak-ng\"]\n",
     "config.toml:1:17: error: \"voice_command\" has no {text} or {wav}\n"
     "  hint: put {text} where the words go, such as [\"espeak-ng\", \"--\", \"{text}\"]\n"},
    {"the speech command needs a program and {text} or {wav}, and known placeholders",
     "voice_command = [\"espeak-ng\", \"-w\", \"{wave}\", \"{text}\"]\n",
     "config.toml:1:38: error: unknown placeholder \"{wave}\" in \"voice_command\"\n"
     "  hint: did you mean \"wav\"?\n"},
    {"the speech command needs a program and {text} or {wav}, and known placeholders",
     "voice_command = [\"say\", \"--text={txt}\"]\n",
     "config.toml:1:17: error: \"voice_command\" has no {text} or {wav}\n"
     "  hint: put {text} where the words go, such as [\"espeak-ng\", \"--\", \"{text}\"]\n"
     "config.toml:1:33: error: unknown placeholder \"{txt}\" in \"voice_command\"\n"
     "  hint: did you mean \"text\"?\n"},
    {"the speech command needs a program and {text} or {wav}, and known placeholders",
     "voice_command = [\"{text}\"]\n",
     "config.toml:1:18: error: the first entry of \"voice_command\" must name the program\n"
     "  hint: such as [\"espeak-ng\", \"{text}\"]\n"},
    {"the routine must be an id or a file", "routine = \"Lower Back\"\n",
     "config.toml:1:11: error: \"routine\" must be a routine id or a file, not \"Lower Back\"\n"
     "  hint: an id such as \"lower-back\" ('knead list' shows them), or a path ending in "
     ".toml\n"},
    {"unsafe text is refused at its character", "routine = \"a\\u001b[2Jb\"\n",
     "config.toml:1:13: error: \"routine\" contains an escape sequence starting with U+001B "
     "(ESC)\n"
     "  hint: write the setting as plain text, without control characters, escape sequences "
     "or direction overrides\n"},
    {"files that are not configurations at all", std::string("voice = true\n\0x", 15),
     "config.toml:2:1: error: this is not a configuration file: it contains binary data\n"
     "  hint: the configuration is TOML text; 'knead config --init' writes a commented one\n"},
    {"files that are not configurations at all", std::string(100, '['),
     "config.toml:1:65: error: the file nests tables or lists more than 64 levels deep\n"
     "  hint: the configuration is a list of keys such as voice = true\n"},
    {"files that are not configurations at all", std::string(k_max_config_bytes + 1, '#'),
     "config.toml: error: the file is too large (65537 bytes; the limit is 64 KiB)\n"
     "  hint: a configuration file is a few lines of text: is this the right file?\n"},
    {"a key written twice is reported once, and the rest is still checked",
     "voice = true\nvoice = false\nbel = true\n",
     "config.toml:2:1: error: the key \"voice\" is written twice\n"
     "  hint: the first is on line 1: keep one of them\n"
     "config.toml:3:1: error: unknown key \"bel\"\n"
     "  hint: did you mean \"bell\"?\n"},
    {"syntax errors in plain words, as in routine files", "voice = tru\nbell = true\n",
     "config.toml:1:9: error: tru is not a value\n"
     "  hint: did you mean true? write true or false in lower case, without quotes\n"},
    {"terminal names the program first", "terminal = []\n",
     "config.toml:1:12: error: \"terminal\" must name the program first\n"
     "  hint: such as [\"foot\", \"-e\"]: 'knead run ROUTINE' is added after it\n"},
};

} // namespace

TEST_CASE("every mistake in the table gets exactly its message and hint") {
  for (const auto &error_case : k_error_cases) {
    CAPTURE(error_case.rule);
    CAPTURE(error_case.text);
    CHECK(problems(error_case.text) == error_case.expected);
  }
}

TEST_CASE("near misses of the rules are told apart") {
  CHECK(problems("voice_rate = 451\n").find("not 451") != std::string::npos);
  CHECK(problems("voice_rate = 80\nvoice_rate_x = 1\n").find("voice_rate_x") != std::string::npos);
  CHECK(parse_config("voice_rate = 450\n", "c").ok());
  CHECK(problems("voice_command = [\"\", \"{text}\"]\n").find("must name the program") !=
        std::string::npos);
  CHECK(
      parse_config("voice_command = [\"espeak-ng\", \"-w\", \"{wav}\", \"--\", \"{text}\"]\n", "c")
          .ok());
  CHECK(problems("routine = \"\"\n").find("must be a routine id or a file") != std::string::npos);
  CHECK(parse_config("routine = \"back-points\"\n", "c").ok());
  CHECK(parse_config("routine = \"~/r/neck.toml\"\n", "c").ok());
  CHECK(problems("voice = true\nx = \"\xff\"\n")
            .find("config.toml:2:6: error: the file contains "
                  "an invalid UTF-8") == 0);
  CHECK(problems("bell = true\nvoice = [true\n").find("config.toml:2:") == 0);
}

TEST_CASE("an empty configuration sets nothing") {
  for (const auto *text : {"", "\n\n", "# only a comment\n"}) {
    const auto result = parse_config(text, "config.toml");
    CHECK(result.ok());
    CHECK(result.diagnostics.empty());
    CHECK(result.settings.voice.origin == Origin::builtin);
    CHECK(result.settings.voice.value == false);
    CHECK(result.settings.bell.value == true);
    CHECK(result.settings.routine.value == "lower-back");
    CHECK(result.settings.voice_rate.value == 175);
    CHECK(result.settings.voice_command.value.empty());
  }
}

TEST_CASE("every key is read with its line") {
  const auto result = parse_config(R"(voice = true
voice_command = ["say-it", "-r", "{rate}", "--", "{text}"]
voice_rate = 220
sound = "bell"
bell = false

notify = true
hands_free = true
routine = "./my/back.toml"
color = "never"
)",
                                   "config.toml");
  REQUIRE(result.ok());
  const auto &s = result.settings;
  CHECK(s.voice.value == true);
  CHECK(s.voice.origin == Origin::file);
  CHECK(s.voice.line == 1);
  CHECK(s.voice_command.value ==
        std::vector<std::string>{"say-it", "-r", "{rate}", "--", "{text}"});
  CHECK(s.voice_rate.value == 220);
  CHECK(s.voice_rate.line == 3);
  CHECK(s.sound.value == "bell");
  CHECK(s.bell.value == false);
  CHECK(s.notify.value == true);
  CHECK(s.notify.line == 7);
  CHECK(s.routine.value == "./my/back.toml");
  CHECK(s.color.value == "never");
  CHECK(s.hands_free.value == true);
  CHECK(s.color.line == 10);
}

TEST_CASE("several problems are all reported, in file order, and set nothing") {
  const auto result = parse_config("color = \"blue\"\nvoice = 1\nbel = false\n", "config.toml");
  CHECK_FALSE(result.ok());
  REQUIRE(result.diagnostics.size() == 3);
  CHECK(result.diagnostics[0].line == 1);
  CHECK(result.diagnostics[1].line == 2);
  CHECK(result.diagnostics[2].line == 3);
  CHECK(result.settings.color.origin == Origin::builtin);
}

TEST_CASE("the --init template parses, sets nothing, and each line uncommented is valid") {
  const auto text = config_template();
  const auto as_is = parse_config(text, "config.toml");
  CHECK(as_is.diagnostics.empty());
  CHECK(as_is.settings.voice.origin == Origin::builtin);
  // Uncomment every "# key = value" line: the defaults, written out, all accepted.
  std::istringstream lines(text);
  std::string uncommented;
  int keys = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("# ", 0) == 0 && line.find(" = ") != std::string::npos) {
      line = line.substr(2);
      ++keys;
    }
    uncommented += line + "\n";
  }
  CHECK(keys == static_cast<int>(k_keys.size()));
  const auto all = parse_config(uncommented, "config.toml");
  CHECK(routine::format_diagnostics(all.diagnostics).utf8() == "");
  CHECK(all.settings.voice.value == Settings{}.voice.value);
  CHECK(all.settings.voice_rate.value == Settings{}.voice_rate.value);
  CHECK(all.settings.sound.value == Settings{}.sound.value);
  CHECK(all.settings.bell.value == Settings{}.bell.value);
  CHECK(all.settings.routine.value == Settings{}.routine.value);
  CHECK(all.settings.color.value == Settings{}.color.value);
  CHECK(all.settings.voice.origin == Origin::file);
}

TEST_CASE("a missing file gives the defaults, a folder is an error") {
  const auto dir = test::fresh_folder("config");
  const auto missing = load_config_file(dir / "none.toml");
  CHECK(missing.ok());
  CHECK_FALSE(missing.found);
  std::filesystem::create_directory(dir / "folder.toml");
  const auto folder = load_config_file(dir / "folder.toml");
  CHECK_FALSE(folder.ok());
  CHECK(folder.found);
  CHECK(routine::format_diagnostics(folder.diagnostics).utf8() ==
        (dir / "folder.toml").string() + ": error: cannot open: it is a directory, not a file\n"
                                         "  hint: the configuration is a file named config.toml\n");
  std::ofstream(dir / "config.toml") << "notify = true\n";
  const auto file = load_config_file(dir / "config.toml");
  CHECK(file.ok());
  CHECK(file.found);
  CHECK(file.settings.notify.value == true);
}

TEST_CASE("terminal names the program that Start now opens knead run in") {
  CHECK(parse_config("", "c").settings.terminal.value ==
        std::vector<std::string>{"x-terminal-emulator", "-e"});
  CHECK(parse_config("terminal = [\"foot\", \"-e\"]\n", "c").settings.terminal.value ==
        std::vector<std::string>{"foot", "-e"});
}

TEST_CASE("ready is a duration of at most a minute") {
  const auto result = parse_config("ready = \"10s\"\n", "config.toml");
  REQUIRE(result.ok());
  CHECK(result.settings.ready.value == std::chrono::seconds{10});
  CHECK(result.settings.ready.origin == Origin::file);
  CHECK(parse_config("", "config.toml").settings.ready.value == std::chrono::seconds{5});
  CHECK(problems("ready = \"2m\"\n") ==
        "config.toml:1:9: error: \"ready\" is too long: 2m is more than 1m\n"
        "  hint: a get-ready lasts from 0s to 1m: ready = \"5s\"\n");
  CHECK(problems("ready = 5\n") ==
        "config.toml:1:9: error: \"ready\" must be a duration in quotes, not an integer\n"
        "  hint: write durations in quotes with a unit: ready = \"5m\" or ready = \"5s\"\n");
}
