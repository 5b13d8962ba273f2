#include "voice/queue.hpp"

#include <algorithm>

namespace knead::voice {

void SpeechQueue::add(Line line, Lengths lengths) {
  m_pending.push_back(Pending{std::move(line), lengths, m_sequence++, std::nullopt});
}

Ms SpeechQueue::session_length(Ms real) const {
  return Ms{static_cast<Ms::rep>(static_cast<double>(real.count()) * m_speed)};
}

// When `pending` may start; nothing while its phase is paused.
std::optional<Ms> SpeechQueue::due_at(const Pending &pending) const {
  if (pending.line.in_phase && m_paused) {
    return std::nullopt;
  }
  return pending.not_before ? std::max(pending.line.at, *pending.not_before) : pending.line.at;
}

std::optional<Ms> SpeechQueue::next_moment_after(Ms now) const {
  std::optional<Ms> next;
  for (const auto &pending : m_pending) {
    const auto at = due_at(pending);
    if (priority_of(pending.line.kind) == Priority::moment && at && *at > now &&
        (!next || *at < *next)) {
      next = at;
    }
  }
  return next;
}

void SpeechQueue::drop_if(const auto &condition) {
  for (const auto &pending : m_pending) {
    if (condition(pending)) {
      m_dropped.push_back(pending.line);
    }
  }
  std::erase_if(m_pending, condition);
}

std::optional<SpeechQueue::Start> SpeechQueue::take(Ms now, std::optional<Ms> next_moment) {
  const auto is_due_moment = [&](const Pending &pending) {
    const auto at = due_at(pending);
    return priority_of(pending.line.kind) == Priority::moment && at && *at <= now;
  };
  // The latest moment due: anything due long before it is no longer news.
  std::optional<Ms> latest;
  for (const auto &pending : m_pending) {
    if (is_due_moment(pending) && (!latest || pending.line.at > *latest)) {
      latest = pending.line.at;
    }
  }
  if (latest) {
    const Ms stale = session_length(k_stale_after);
    drop_if([&](const Pending &pending) {
      return is_due_moment(pending) && pending.line.at < *latest && now - pending.line.at > stale;
    });
  }
  const auto earlier = [](const Pending *a, const Pending &b) {
    return a == nullptr || b.line.at < a->line.at ||
           (b.line.at == a->line.at && b.sequence < a->sequence);
  };
  Pending *chosen = nullptr;
  for (auto &pending : m_pending) {
    if (is_due_moment(pending) && earlier(chosen, pending)) {
      chosen = &pending;
    }
  }
  Start start;
  const auto measure = [this](Pending &pending) {
    if (m_measure) {
      pending.lengths = m_measure(pending.line);
    }
  };
  if (chosen == nullptr) {
    // The first reading in order; a reading that was moved holds back the ones after it.
    for (auto &pending : m_pending) {
      if (priority_of(pending.line.kind) == Priority::reading && pending.line.at <= now &&
          due_at(pending) && earlier(chosen, pending)) {
        chosen = &pending;
      }
    }
    if (chosen == nullptr || *due_at(*chosen) > now) {
      return std::nullopt;
    }
    measure(*chosen);
    auto moment = next_moment_after(now);
    if (next_moment && *next_moment > now && (!moment || *next_moment < *moment)) {
      moment = next_moment;
    }
    const auto fits = [&](Ms length) {
      return !moment || now + session_length(length + k_margin) <= *moment;
    };
    if (fits(chosen->lengths.full)) {
      start.length = chosen->lengths.full;
    } else if (chosen->lengths.brief && fits(*chosen->lengths.brief)) {
      start.brief = true;
      start.length = *chosen->lengths.brief;
    } else {
      // Moved: tried again once the moment in its way has come.
      chosen->not_before = *moment;
      return std::nullopt;
    }
  } else {
    measure(*chosen);
    start.length = chosen->lengths.full;
  }
  const auto index = static_cast<std::size_t>(chosen - m_pending.data());
  start.line = std::move(m_pending[index].line);
  m_pending.erase(m_pending.begin() + static_cast<std::ptrdiff_t>(index));
  return start;
}

std::optional<Ms> SpeechQueue::next_due() const {
  std::optional<Ms> next;
  std::vector<const Pending *> readings;
  for (const auto &pending : m_pending) {
    const auto at = due_at(pending);
    if (!at) {
      continue;
    }
    if (priority_of(pending.line.kind) == Priority::reading) {
      readings.push_back(&pending);
    } else if (!next || *at < *next) {
      next = at;
    }
  }
  // A reading is said in its order: none is due before the first one is.
  const auto first = std::min_element(readings.begin(), readings.end(), [](auto *a, auto *b) {
    return a->line.at < b->line.at || (a->line.at == b->line.at && a->sequence < b->sequence);
  });
  if (first != readings.end()) {
    const auto at = due_at(**first);
    if (!next || *at < *next) {
      next = at;
    }
  }
  return next;
}

void SpeechQueue::shift_phase(Ms by) {
  for (auto &pending : m_pending) {
    if (pending.line.in_phase) {
      pending.line.at += by;
    }
  }
}

void SpeechQueue::end_phase() {
  drop_if([](const Pending &pending) { return pending.line.in_phase; });
}

void SpeechQueue::enter_step(int step) {
  drop_if([step](const Pending &pending) {
    return pending.line.step != 0 && pending.line.step != step;
  });
}

std::vector<Line> SpeechQueue::take_dropped() {
  auto dropped = std::move(m_dropped);
  m_dropped.clear();
  return dropped;
}

} // namespace knead::voice
