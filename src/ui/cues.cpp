#include "ui/cues.hpp"

#include "util/argv_template.hpp"
#include "util/notification.hpp"
#include "util/sanitize.hpp"
#include "util/untrusted.hpp"
#include "voice/words.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace knead::ui {

using session::EventKind;
using session::Ms;

Text lead_in_words(session::Ms lead_in) {
  return Text::format("Ready? Starting in {}.",
                      Text::trusted(voice::duration_words(
                          std::chrono::duration_cast<std::chrono::seconds>(lead_in))));
}

std::optional<Text> cue_text(const session::Event &event) {
  switch (event.kind) {
  case EventKind::step_start:
    return Text::format("Step {}: {}", event.step, Untrusted(event.title));
  case EventKind::side_switch:
    return Text::format("Switch to the {} side", routine::to_string(event.side));
  case EventKind::release:
    return Text("Release slowly");
  case EventKind::before_prompt:
    if (event.duration.count() > 0) {
      // Hands-free (or no keyboard): nobody needs to reach for a key.
      return Text(Untrusted(event.text)) + " " + lead_in_words(event.duration);
    }
    return Text(Untrusted(event.text));
  case EventKind::skin_check:
  case EventKind::skin_limit:
    return Text(Untrusted(event.text));
  case EventKind::session_end:
    return session::completed_session(event) ? Text("Session complete") : Text("Session ended");
  default:
    return std::nullopt;
  }
}

std::optional<std::string>
choose_speaker(const std::function<bool(const std::string &)> &available) {
  for (const char *program : {"espeak-ng", "spd-say"}) {
    if (available(program)) {
      return std::string(program);
    }
  }
  return std::nullopt;
}

std::vector<std::string> speech_argv(const std::string &speaker, const std::string &text,
                                     std::optional<int> rate) {
  std::vector<std::string> argv{speaker};
  if (rate) {
    if (speaker == "spd-say") {
      // spd-say's rate is -100..100 around the voice's usual speed.
      constexpr int k_usual = 175;
      argv.insert(argv.end(),
                  {"-r", std::to_string(std::clamp((*rate - k_usual) * 100 / k_usual, -100, 100))});
    } else {
      argv.insert(argv.end(), {"-s", std::to_string(*rate)});
    }
  }
  // "--" ends the options: text that starts with '-' is spoken, not parsed.
  argv.insert(argv.end(), {"--", text});
  return argv;
}

std::vector<std::string> command_speech_argv(const std::vector<std::string> &command,
                                             const std::string &text, std::optional<int> rate) {
  constexpr int k_usual_rate = 175;
  return argv_template::expand(
      command, {{"text", text}, {"rate", std::to_string(rate.value_or(k_usual_rate))}});
}

std::vector<std::string> notify_argv(const std::string &text) {
  return notify_send_argv("knead", text);
}

namespace {

// How long a phrase not rendered yet will speak: espeak-ng's 175 words a minute.
Ms estimate(const std::string &text) {
  const auto words = std::count(text.begin(), text.end(), ' ') + 1;
  return Ms{400 + 340 * words};
}

bool rings_bell(EventKind kind) {
  return kind == EventKind::step_start || kind == EventKind::side_switch ||
         kind == EventKind::release || kind == EventKind::skin_check ||
         kind == EventKind::skin_limit || kind == EventKind::session_end;
}

// Where a phase changes, the marks inside the last one ("Halfway") are over.
bool ends_phase(EventKind kind) {
  switch (kind) {
  case EventKind::get_ready:
  case EventKind::press:
  case EventKind::hold:
  case EventKind::rep:
  case EventKind::release:
  case EventKind::side_switch:
  case EventKind::step_end:
  case EventKind::step_skipped:
  case EventKind::back:
  case EventKind::restart:
  case EventKind::before_prompt:
  case EventKind::step_start:
  case EventKind::session_end:
    return true;
  default:
    return false;
  }
}

} // namespace

CuePlayer::CuePlayer(const session::Plan &plan, CueOptions options, CueSetup setup, CuePorts ports,
                     const session::Clock &clock, double speed, const WarningSink &warn)
    : m_options(std::move(options)), m_setup(std::move(setup)), m_ports(std::move(ports)),
      m_clock(clock), m_speed(speed), m_narrator(plan),
      m_queue(speed, [this](const voice::Line &line) { return measure(line); }) {
  m_warn = warn;
  if (m_options.notify && !m_setup.notify_unavailable.empty()) {
    // Said once, before the session, rather than a silent notify-send failing at each step.
    warn(Text::format("--notify: cannot show notifications: {}; continuing without them",
                      Untrusted(m_setup.notify_unavailable)));
    m_options.notify = false;
  }
  const bool can_chime = m_setup.player && !m_setup.chimes.empty();
  const auto bell = m_options.bell ? Sound::bell : Sound::none;
  switch (m_options.sound) {
  case voice::SoundMode::off:
    break;
  case voice::SoundMode::bell:
    m_sound = bell;
    break;
  case voice::SoundMode::chime:
    if (!can_chime) {
      warn("--sound chime needs pw-play, paplay, aplay or play, and none is installed; ringing "
           "the terminal bell instead");
    }
    m_sound = can_chime ? Sound::chime : bell;
    break;
  case voice::SoundMode::automatic:
    m_sound = can_chime ? Sound::chime : bell;
    break;
  }
  if (!m_options.voice) {
    return;
  }
  const bool can_render = m_setup.player && m_setup.rendered;
  const auto &command = m_options.voice_command;
  const bool writes_file = argv_template::uses(command, "wav");
  m_speech = can_render || (m_setup.speaker && !writes_file);
  if (m_speech) {
    return;
  }
  if (command.empty()) {
    warn("--voice needs espeak-ng or spd-say, and neither is installed; continuing without "
         "speech");
  } else if (writes_file && m_setup.speaker) {
    warn("voice_command writes speech to a file ({wav}), and no player (pw-play, paplay, aplay "
         "or play) is installed to play it; continuing without speech");
  } else {
    warn(Text::format("voice_command names {}, which is not installed; continuing without speech",
                      Untrusted(command.front())));
  }
}

std::vector<std::string> CuePlayer::direct_argv(const std::string &text) const {
  const auto &command = m_options.voice_command;
  if (!m_setup.speaker || argv_template::uses(command, "wav")) {
    return {};
  }
  return command.empty() ? speech_argv(*m_setup.speaker, text, m_options.voice_rate)
                         : command_speech_argv(command, text, m_options.voice_rate);
}

Ms CuePlayer::to_session(Ms real) const {
  return Ms{static_cast<Ms::rep>(static_cast<double>(real.count()) * m_speed)};
}

voice::Lengths CuePlayer::measure(const voice::Line &line) const {
  const auto length = [this](const std::string &text) {
    if (m_setup.player && m_setup.rendered) {
      if (const auto rendered = m_setup.rendered(sanitize_text(text))) {
        return rendered->length;
      }
    }
    return estimate(text);
  };
  voice::Lengths lengths{length(line.text), std::nullopt};
  if (!line.short_text.empty()) {
    lengths.brief = length(line.short_text);
  }
  return lengths;
}

void CuePlayer::report(const char *kind, const std::string &text, Ms planned,
                       const std::string &player, int step) {
  if (m_report == nullptr) {
    return;
  }
  session::Event event;
  event.kind = EventKind::cue;
  event.cue = kind;
  event.text = text;
  event.player = player;
  event.step = step;
  event.t = planned;
  event.wall = m_clock.wall();
  m_report->on_event(event);
}

void CuePlayer::on_event(const session::Event &event) {
  if (m_options.notify &&
      (event.kind == EventKind::step_start || event.kind == EventKind::before_prompt ||
       event.kind == EventKind::skin_check || event.kind == EventKind::skin_limit ||
       event.kind == EventKind::session_end)) {
    if (const auto text = cue_text(event)) {
      // One at a time: a notify-send still running (it normally exits at once, so it
      // hangs: no notification server answers) gives way to the new one, instead of
      // one more hung copy per cue.
      if (m_notify_child && !m_ports.exited(*m_notify_child)) {
        m_ports.kill(*m_notify_child);
      }
      // The text goes into a child's argv, not to the terminal: UTF-8 whatever the locale.
      m_notify_child = m_ports.start(notify_argv(text->utf8()));
      if (!m_notify_child && !m_notify_start_warned && m_warn) {
        m_warn("--notify: notify-send could not be started; continuing without notifications");
        m_notify_start_warned = true;
        m_options.notify = false;
      }
    }
  }
  play_chime(event);
  if (m_speech) {
    speak_lines(event);
  }
}

void CuePlayer::play_chime(const session::Event &event) {
  // The end of a get-ready is the moment to press: it is cued as its start was (by
  // the step's or the side's chime), with the tick where the phase has none.
  const bool go = m_after_ready && (event.kind == EventKind::press ||
                                    event.kind == EventKind::hold || event.kind == EventKind::rep);
  if (event.kind == EventKind::get_ready) {
    m_after_ready = true;
  } else if (ends_phase(event.kind)) {
    m_after_ready = false;
  }
  if (m_sound == Sound::bell && (rings_bell(event.kind) || go)) {
    m_ports.ring_bell();
    report("bell", "", event.t, "bell", event.step);
    return;
  }
  auto chime = voice::chime_for(event);
  if (go && !chime) {
    chime = voice::Chime::tick;
  }
  if (m_sound != Sound::chime || !chime) {
    return;
  }
  const auto file = m_setup.chimes.find(*chime);
  if (file == m_setup.chimes.end()) {
    return;
  }
  // One chime at a time: one still playing (or hung) gives way to the new one.
  if (m_chime_child && !m_ports.exited(*m_chime_child)) {
    m_ports.kill(*m_chime_child);
  }
  m_chime_child = m_ports.start(voice::play_argv(*m_setup.player, file->second));
  if (m_chime_child) {
    report("chime", voice::to_string(*chime), event.t, *m_setup.player, event.step);
  }
}

void CuePlayer::speak_lines(const session::Event &event) {
  if (ends_phase(event.kind)) {
    m_queue.end_phase();
  }
  switch (event.kind) {
  case EventKind::before_prompt:
  case EventKind::step_start:
    m_queue.enter_step(event.step);
    break;
  case EventKind::paused:
    m_pause_start = event.t;
    m_queue.set_paused(true);
    break;
  case EventKind::resumed:
    m_queue.set_paused(false);
    m_queue.shift_phase(event.t - m_pause_start);
    break;
  case EventKind::adjusted:
    m_queue.shift_phase(event.adjust);
    break;
  case EventKind::session_end:
    // The end is said at once: what was still being read gives way.
    m_queue.enter_step(0);
    if (m_speech_child) {
      m_ports.kill(*m_speech_child);
      m_speech_child.reset();
    }
    break;
  default:
    break;
  }
  for (auto &line : m_narrator.lines_for(event)) {
    auto lengths = measure(line);
    m_queue.add(std::move(line), lengths);
  }
  if (event.kind == EventKind::session_end) {
    pump(std::nullopt); // the loop wakes no more
  }
}

void CuePlayer::pump(std::optional<Ms> next_moment) {
  if (!m_speech) {
    return;
  }
  if (m_speech_child) {
    if (!m_ports.exited(*m_speech_child)) {
      if (m_clock.wall() < m_speech_ends + k_hung_after) {
        return; // speech never overlaps itself
      }
      m_ports.kill(*m_speech_child); // hung: it must not hold up every cue after it
    }
    m_speech_child.reset();
  }
  auto start = m_queue.take(m_clock.now(), next_moment);
  if (!start) {
    return;
  }
  const std::string text = sanitize_text(start->brief ? start->line.short_text : start->line.text);
  std::vector<std::string> argv;
  std::optional<Rendered> rendered;
  if (m_setup.player && m_setup.rendered) {
    rendered = m_setup.rendered(text);
  }
  if (rendered) {
    argv = voice::play_argv(*m_setup.player, rendered->path.string());
  } else {
    argv = direct_argv(text); // not rendered (yet): it speaks itself
  }
  if (argv.empty()) {
    return;
  }
  m_speech_child = m_ports.start(argv);
  if (!m_speech_child) {
    return;
  }
  m_speech_ends = m_clock.wall() + start->length;
  m_speech_measured = rendered.has_value();
  report(voice::to_string(start->line.kind), text, start->line.at, argv.front(), start->line.step);
}

std::optional<Ms> CuePlayer::next_wake() const {
  if (!m_speech) {
    return std::nullopt;
  }
  const Ms now = m_clock.now();
  // Never sooner than this, in real time: a wake that finds nothing to do is not
  // repeated at once.
  const Ms soonest = now + to_session(Ms{20});
  if (m_speech_child) {
    const Ms ends = now + to_session(m_speech_ends - m_clock.wall());
    if (m_speech_measured) {
      return std::max(soonest, ends); // then every 20 ms until the player has exited
    }
    // A guessed length: look every 50 ms whether it is over.
    return std::max(soonest, std::min(ends, now + to_session(Ms{50})));
  }
  const auto due = m_queue.next_due();
  if (!due) {
    return std::nullopt;
  }
  return std::max(*due, soonest);
}

} // namespace knead::ui
