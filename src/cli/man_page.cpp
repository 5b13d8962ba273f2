#include "cli/completion_scripts.hpp"

#include <fmt/format.h>

namespace knead::cli {
namespace {

// `text` as a roff line: backslashes escaped, '-' as a real minus (so options can be
// searched and copied), and a line starting with '.' or '\'' kept from reading as
// a request.
std::string roff(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else {
      out += c;
    }
  }
  if (!out.empty() && (out.front() == '.' || out.front() == '\'')) {
    out.insert(0, "\\&");
  }
  return out;
}

std::string option_item(const OptionInfo &option) {
  std::string names;
  for (const auto &name : option.names) {
    names += fmt::format("{}\\fB{}\\fR", names.empty() ? "" : ", ", roff(name));
  }
  if (!option.value_name.empty()) {
    names += fmt::format(" \\fI{}\\fR", roff(option.value_name));
  }
  return fmt::format(".TP\n{}\n{}\n", names, roff(option.description));
}

std::string command_section(const CommandInfo &command) {
  auto out = fmt::format(".SS \"{}\"\n{}\n", roff(usage_line(command)), roff(command.description));
  for (const auto &positional : command.positionals) {
    out +=
        fmt::format(".TP\n\\fI{}\\fR\n{}\n", roff(positional.name), roff(positional.description));
  }
  for (const auto &option : command.options) {
    if (option.names.front() != "-h") {
      out += option_item(option);
    }
  }
  return out;
}

} // namespace

std::string man_page(const CommandInfo &root, std::string_view version) {
  std::string out = fmt::format(".TH KNEAD 1 \"\" \"knead {}\" \"User Commands\"\n", roff(version));
  out += fmt::format(".SH NAME\nknead \\- {}\n",
                     roff(root.description.substr(root.description.find(": ") + 2)));
  out += ".SH SYNOPSIS\n.B knead\n\\fIcommand\\fR [\\fIoptions\\fR]\n";
  out += ".SH DESCRIPTION\n"
         "knead walks you through a self\\-massage and acupressure routine: safety questions "
         "first, then timed steps with prompts and sound cues, then ice. It keeps a history "
         "and a pain diary, and can remind you every day.\n"
         ".PP\nknead is self\\-care guidance, not medical advice.\n";
  out += ".SH OPTIONS\n";
  for (const auto &option : root.options) {
    out += option_item(option);
  }
  out += ".SH COMMANDS\nEvery command takes \\fB\\-h\\fR, \\fB\\-\\-help\\fR.\n";
  for (const auto *command : all_commands(root)) {
    if (!command->path.empty()) {
      out += command_section(*command);
    }
  }
  out += ".SH EXIT STATUS\n"
         ".TP\n0\ndone\n"
         ".TP\n1\nan error (bad file, bad input); for \\fBdue\\fR, already done today\n"
         ".TP\n2\nthe command line is wrong\n"
         ".TP\n3\nthe safety questions stopped the session\n"
         ".TP\n4\nthe session was ended early\n"
         ".TP\n130\ninterrupted (Ctrl\\-C) after recording the partial session\n";
  out += ".SH ENVIRONMENT\n"
         ".TP\nXDG_CONFIG_HOME\nyour routines (\\fIknead/routines\\fR) and reminders "
         "(\\fIsystemd/user\\fR); default \\fI~/.config\\fR\n"
         ".TP\nXDG_STATE_HOME\nthe history (\\fIknead/history.db\\fR); default "
         "\\fI~/.local/state\\fR\n"
         ".TP\nXDG_DATA_DIRS\nshared routines in \\fIknead/routines\\fR\n"
         ".TP\nXDG_RUNTIME_DIR\nthe session's chimes and rendered speech (\\fIknead/\\fR, mode "
         "0700); without it \\fI$XDG_CACHE_HOME/knead/sounds\\fR\n"
         ".TP\nNO_COLOR\nno colours when set\n";
  out += ".SH SOUND AND SPEECH\n"
         "\\fBknead run\\fR plays its own chimes (step start, side switch, release, each "
         "circle, skin checks, the end) through the first of \\fBpw\\-play\\fR, "
         "\\fBpaplay\\fR, \\fBaplay\\fR and \\fBplay\\fR found on PATH, and rings the "
         "terminal bell only when none is (\\fB\\-\\-sound\\fR). With \\fB\\-\\-voice\\fR "
         "it speaks the session, rendered ahead by \\fBespeak\\-ng\\fR while the safety "
         "questions are asked: \\fBknead show\\fR \\fIROUTINE\\fR \\fB\\-\\-script\\fR "
         "prints every line with its time.\n";
  out += ".SH FILES\n"
         ".TP\n\\fI/usr/share/knead/routines/\\fR\nthe routines installed with knead\n"
         ".SH SEE ALSO\n\\fBsystemctl\\fR(1), \\fBsystemd.timer\\fR(5), \\fBcrontab\\fR(5), "
         "\\fBnotify\\-send\\fR(1), \\fBespeak\\-ng\\fR(1), \\fBpw\\-play\\fR(1)\n";
  return out;
}

} // namespace knead::cli
