#include "screening/groups.hpp"

#include <algorithm>
#include <array>

namespace knead::screening {
namespace {

constexpr std::array<Group, 5> k_groups = {{
    {"emergency_signs", "Do you have any of these?",
     "With back pain these need emergency care: signs that the nerves at the base of the spine "
     "are being squeezed (cauda equina syndrome), a possible broken bone after a serious "
     "accident, and chest pain. A \"yes\" stops the session at once.",
     Tier::emergency, false, "you have one of the signs that need emergency care",
     "NHS back pain guidance; NICE guideline NG59 (2016); IFOMPT red-flag framework (Finucane et "
     "al., JOSPT 2020)"},
    {"urgent_signs", "Do you have any of these?",
     "With back pain these should be checked by a doctor today (NHS: a GP or 111 the same "
     "day). A \"yes\" asks which, then stops the session.",
     Tier::urgent, false, "you have one of the signs that a doctor should check today",
     "NHS back pain guidance; NICE guideline NG59 (2016); IFOMPT red-flag framework (Finucane et "
     "al., JOSPT 2020)"},
    {"conditions", "Does any of these apply to you?",
     "These need care with pressure or a health professional's word first. A \"yes\" asks "
     "which.",
     std::nullopt, false, "",
     "the source articles; massage contraindications (University of Minnesota, Taking Charge); "
     "IFOMPT red-flag framework"},
    {"skin",
     "Is the skin on any of these broken, swollen, bruised, burned, red or warm, or "
     "scarred, or does it have boils, blisters, a rash or varicose veins?",
     "Pressing on broken, swollen, bruised, burned or inflamed skin, a scar, boils, blisters, "
     "a rash or varicose veins can harm it. A \"yes\" asks about each place, and only the steps "
     "there are skipped.",
     std::nullopt, true, "",
     "the source articles; massage contraindications (University of Minnesota, Taking Charge)"},
    {"cold_heat", "Do you have any of these?",
     "Cold or heat can injure skin that reacts badly to it or cannot feel it. A \"yes\" asks "
     "which.",
     std::nullopt, false, "", "NHS trust guidance on ice packs and on heat (MPFT)"},
}};

struct Membership {
  std::string_view id;
  std::string_view group;
  std::string_view sign;
};

constexpr std::array<Membership, 17> k_members = {{
    {"saddle_bladder_bowel", "emergency_signs",
     "since the pain began: numbness around your genitals or buttocks, trouble passing urine, "
     "loss of bladder or bowel control, or new problems getting an erection"},
    {"both_legs", "emergency_signs", "pain, tingling, weakness or numbness in both legs"},
    {"serious_accident", "emergency_signs",
     "pain that started after a serious accident, such as a car crash or a bad fall"},
    {"chest_pain", "emergency_signs", "chest pain as well as the back pain"},
    {"high_temperature", "urgent_signs", "a high temperature (a fever)"},
    {"weight_loss", "urgent_signs", "weight lost without trying"},
    {"night_pain", "urgent_signs", "pain that is worse at night, or not eased at all by rest"},
    {"leg_worsening", "urgent_signs", "weakness or numbness in a leg that is getting worse"},
    {"minor_fall", "urgent_signs",
     "pain that started after a minor fall or strain, when you are over 50, have osteoporosis "
     "or take steroid tablets long-term"},
    {"back_shape", "urgent_signs", "a lump or swelling on your back, or a change in its shape"},
    {"cough_sneeze", "urgent_signs", "pain that is worse when you cough, sneeze or poo"},
    {"between_shoulders", "urgent_signs",
     "pain high up in your back, between your shoulder blades"},
    {"weak_back", "conditions",
     "osteoporosis, a weak or unstable spine, back surgery, or steroid tablets taken long-term"},
    {"cancer_history", "conditions", "cancer, now or in the past"},
    {"bleeding", "conditions", "blood thinners, a clotting disorder, or bruising easily"},
    {"cold_allergy", "cold_heat", "Raynaud's, or a cold allergy (hives or swelling from the cold)"},
    {"reduced_feeling", "cold_heat",
     "numb skin, reduced feeling in your skin (for example from diabetes), or poor circulation"},
}};

} // namespace

std::span<const Group> groups() {
  return k_groups;
}

const Group *find_group(std::string_view id) {
  for (const auto &group : k_groups) {
    if (group.id == id) {
      return &group;
    }
  }
  return nullptr;
}

void assign_groups(std::vector<Question> &questions) {
  for (auto &question : questions) {
    if (question.from_routine) {
      continue;
    }
    if (question.skips == SkipKind::region) {
      question.group = "skin";
      question.sign = question.region_words;
      continue;
    }
    for (const auto &member : k_members) {
      if (member.id == question.id) {
        question.group = member.group;
        question.sign = member.sign;
      }
    }
  }
}

std::vector<const Question *> members(const std::vector<Question> &questions,
                                      std::string_view group) {
  std::vector<const Question *> found;
  for (const auto &question : questions) {
    if (question.group == group) {
      found.push_back(&question);
    }
  }
  return found;
}

std::string group_text(const Group &group, const std::vector<const Question *> &signs) {
  std::string text(group.lead);
  for (const auto *sign : signs) {
    // A list item: wrapped where it is shown, further lines under its text.
    text += "\n  - " + std::string(sign->sign);
  }
  return text;
}

} // namespace knead::screening
