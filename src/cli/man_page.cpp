#include "cli/completion_scripts.hpp"
#include "ui/keys.hpp"

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

// The keys of a running session, from the key table the session itself reads.
std::string session_keys_section() {
  std::string out =
      ".SH \"SESSION KEYS\"\n"
      "While \\fBknead run\\fR shows the live screen (\\fB?\\fR shows the same list):\n";
  for (const auto &binding : ui::key_bindings()) {
    std::string keys;
    for (const auto &key : binding.keys) {
      keys +=
          (keys.empty() ? "" : " or ") + fmt::format("\\fB{}\\fR", roff(ui::key_name(key, false)));
    }
    out += fmt::format(".TP\n{}\n{}\n", keys, roff(binding.help));
  }
  out += ".PP\nCtrl\\-Z pauses and suspends the session; \\fBfg\\fR resumes it paused. "
         "Ctrl\\-C ends it, recorded as interrupted.\n";
  return out;
}

// What the page says beyond the command tree: exit codes, files, the environment and
// examples, each kept in step with docs/scripting.md and docs/running.md.
constexpr std::string_view k_reference_sections = R"roff(.SH "SAFETY QUESTIONS"
Before every session \fBknead run\fR asks yes/no questions about signs that need a
doctor first and about the areas a routine works on; an answer can stop the session
(exit 3), skip steps or add a caution. \fBknead questions\fR lists them with their ids;
\fBknead questions\fR \fIROUTINE\fR \fB\-\-template\fR prints an answers file for
\fB\-\-answers\fR. Within 24 hours of a check one question asks whether anything changed.
.SH "ROUTINE FILES"
A routine is a TOML file: its steps, where and how to press, and for how long.
\fBknead new\fR writes a commented one; \fBknead\-routine\fR(5) describes every key.
.SH "EXIT STATUS"
.TP
0
done; for \fBdue\fR, the routine is still due today
.TP
1
an error (a routine that does not load, a bad file, a notification that cannot be
shown); for \fBdue\fR, already done today
.TP
2
the command line is wrong (an unknown option, \fB\-\-at 25:00\fR); for \fBdue\fR, also a
history that cannot be read
.TP
3
the safety questions stopped the session before it began
.TP
4
you ended the session early (\fBq\fR)
.TP
129
SIGHUP: the terminal went away, after recording the partial session
.TP
130
SIGINT (Ctrl\-C), after restoring the terminal and recording the partial session
.TP
143
SIGTERM, likewise
.SH ENVIRONMENT
.TP
XDG_CONFIG_HOME
your routines (\fIknead/routines\fR), settings (\fIknead/config.toml\fR) and reminders
(\fIsystemd/user\fR); default \fI~/.config\fR
.TP
XDG_STATE_HOME
the history (\fIknead/history.db\fR) and the last safety check (\fIknead/last\-check\fR);
default \fI~/.local/state\fR
.TP
XDG_DATA_DIRS
shared routines in \fIknead/routines\fR; default \fI/usr/local/share:/usr/share\fR
.TP
XDG_RUNTIME_DIR
the session's chimes and rendered speech (\fIknead/\fR, mode 0700); without it
\fI$XDG_CACHE_HOME/knead/sounds\fR
.TP
HOME
the base of the defaults above
.TP
VISUAL, EDITOR
the editor of \fBknead edit\fR (split at spaces, run without a shell)
.TP
NO_COLOR
no colours when set (\fB\-\-color always\fR overrides it)
.TP
TERM
\fBdumb\fR means no colours and no live screen
.TP
LC_ALL, LC_CTYPE, LANG
without a UTF\-8 locale every byte printed is ASCII
.TP
DBUS_SESSION_BUS_ADDRESS
where \fBnotify\-send\fR shows notifications
.SH FILES
.TP
\fI/usr/share/knead/routines/\fR
the routines installed with knead (each also built in)
.TP
\fI~/.config/knead/routines/\fIID\fI.toml\fR
your routines, which shadow a built\-in or system routine of the same id
.TP
\fI~/.config/knead/config.toml\fR
settings: the voice, the bell, notifications, the routine to run, colour
(\fBknead config \-\-init\fR writes one)
.TP
\fI~/.local/state/knead/history.db\fR
the session history and pain diary (SQLite), read by \fBlog\fR, \fBstats\fR, \fBdue\fR
and \fBnotify \-\-if\-due\fR
.TP
\fI~/.local/state/knead/last\-check\fR
when the safety questions were last answered, and which were "no"
.TP
\fI~/.config/systemd/user/knead\-\fIROUTINE\fI.timer\fR, \fI.service\fR
the units \fBknead remind add\fR writes, marked by a \fI# knead\-reminder:\fR first line
.TP
\fI/usr/share/doc/knead/\fR
the documentation: running a session, scripting, the history, the safety questions
.SH EXAMPLES
.TP
\fBknead run\fR
the default routine, after the safety questions
.TP
\fBknead run lower\-back \-\-voice \-\-no\-bell\fR
spoken guidance, no terminal bell
.TP
\fBknead run tennis\-ball\-hips \-\-plain \-\-answers answers.toml\fR
without a terminal, the answers from a file
.TP
\fBknead new evening\-back && knead edit evening\-back\fR
a routine of your own, checked when the editor closes
.TP
\fBknead remind add lower\-back \-\-at 08:30 \-\-days weekdays\fR
a reminder on weekday mornings (a systemd user timer)
.TP
\fBknead due lower\-back \-\-quiet || echo done today\fR
in a script: exit 0 while the routine is still to do
.TP
\fBknead log \-\-json | jq '.[0]'\fR
the last session, as JSON
)roff";

} // namespace

std::string man_page(const CommandInfo &root, std::string_view version) {
  std::string out = fmt::format(".TH KNEAD 1 \"\" \"knead {}\" \"User Commands\"\n", roff(version));
  out += fmt::format(".SH NAME\nknead \\- {}\n",
                     roff(root.description.substr(root.description.find(": ") + 2)));
  out += ".SH SYNOPSIS\n.B knead\n[\\fB\\-\\-color\\fR \\fIWHEN\\fR] \\fIcommand\\fR "
         "[\\fIoptions\\fR] [\\fIarguments\\fR]\n.br\n.B knead\n\\fB\\-\\-version\\fR | "
         "\\fB\\-\\-help\\fR\n";
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
  out += session_keys_section();
  out += k_reference_sections;
  out += ".SH \"SOUND AND SPEECH\"\n"
         "\\fBknead run\\fR plays its own chimes (step start, side switch, release, each "
         "circle, skin checks, the end) through the first of \\fBpw\\-play\\fR, "
         "\\fBpaplay\\fR, \\fBaplay\\fR and \\fBplay\\fR found on PATH, and rings the "
         "terminal bell only when none is (\\fB\\-\\-sound\\fR). With \\fB\\-\\-voice\\fR "
         "it speaks the session, rendered ahead by \\fBespeak\\-ng\\fR while the safety "
         "questions are asked: \\fBknead show\\fR \\fIROUTINE\\fR \\fB\\-\\-script\\fR "
         "prints every line with its time.\n";
  out += ".SH \"SEE ALSO\"\n\\fBknead\\-routine\\fR(5), \\fBsystemctl\\fR(1), "
         "\\fBsystemd.timer\\fR(5), \\fBcrontab\\fR(5), \\fBnotify\\-send\\fR(1), "
         "\\fBespeak\\-ng\\fR(1), \\fBpw\\-play\\fR(1)\n";
  return out;
}

} // namespace knead::cli
