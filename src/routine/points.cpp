#include "routine/points.hpp"

#include <algorithm>
#include <cctype>

namespace knead::routine {
namespace {

// Sources are short: "WHO 2008" (the standard point locations), "Deadman" (A Manual
// of Acupuncture), "Gach" (Michael Reed Gach's books), "the article" (the source
// article on points for back pain); docs/points.md spells them out. For pregnancy,
// "every list" is every traditional list, "conservative lists" only the careful ones.
// The tops of the hip bones are level with the 4th lumbar vertebra: the landmark for
// finding the 2nd.
constexpr Point k_points[] = {
    {"BL23", "Shenshu", "Kidney Shu", "sea of vitality (with BL52)", "lower-back",
     "Lower back, level with the lower edge of the 2nd lumbar vertebra (the tops of the hip "
     "bones are level with the 4th: count two bones up), 1.5 B-cun (two finger widths) out from "
     "the spine, on both sides",
     "strengthens the lower back; Gach's \"Sea of Vitality\" is BL23 and BL52 together", false,
     true, "avoid on conservative lists (a lumbar point)",
     "Consult a health professional first if your back is weak.",
     "location: WHO 2008; \"Sea of Vitality\": Gach; the weak-back caution: the article; "
     "pregnancy: conservative lists"},
    {"BL52", "Zhishi", "Will Chamber",
     "sea of vitality, between the 2nd and 3rd lumbar vertebrae (with BL23)", "lower-back",
     "Lower back, level with BL23 (the lower edge of the 2nd lumbar vertebra: two bones up from "
     "the level of the tops of the hip bones), 3 B-cun (four finger widths) out from the spine, on "
     "both sides",
     "low back pain, sciatica, aches and fatigue; Gach's \"Sea of Vitality\" is BL23 and BL52 "
     "together",
     false, true, "avoid on conservative lists (a lumbar point)",
     "Consult a health professional first if your back is weak.",
     "location: WHO 2008; English name: WHO 2008, Deadman, sacredlotus.com; \"Sea of Vitality\" "
     "(Gach's B47): Gach; the point and the weak-back caution: the article; pregnancy: "
     "conservative "
     "lists"},
    {"GV4", "Mingmen", "Gate of Life", "", "lower-back",
     "On the spine, in the hollow below the 2nd lumbar vertebra (two bones up from the level of "
     "the tops of the hip bones)",
     "back stiffness, lumbago", false, true, "avoid on conservative lists (a lumbar point)", "",
     "location: WHO 2008; pregnancy: conservative lists"},
    {"BL53", "Baohuang", "Womb and Vitals", "hip-bone points (\"vitals and wombs\")", "buttocks",
     "Buttock, level with the 2nd sacral hole, 3 B-cun (four finger widths) out from the middle "
     "of the sacrum, between the base of the buttocks and the top of the hip bone",
     "low back pain, sciatica, pelvic and hip pain", false, true, "avoid",
     "Consult a health professional before pressing here.",
     "location: WHO 2008; the point (Gach's B48) and the advice to consult first: the article; "
     "pregnancy: conservative lists"},
    {"GB30", "Huantiao", "Jumping Round", "", "buttocks",
     "Buttock, one third of the way from the greater trochanter (the bony bump on the side of the "
     "hip) to the sacral hiatus (the bottom of the sacrum)",
     "sciatica, low back and hip pain", false, false, "", "",
     "location: WHO 2008, Deadman, sacredlotus.com"},
    {"CV6", "Qihai", "Sea of Energy", "sea of energy (stomach point)", "abdomen",
     "On the midline, 1.5 B-cun (about two finger widths) below the navel",
     "lumbar problems, lower back pain", false, true, "avoid",
     "Press gently: the belly is soft. Not on a full stomach.",
     "location: WHO 2008; the point: the article; pregnancy: conservative lists (the lower "
     "abdomen); the caution is knead's own"},
    {"BL40", "Weizhong", "Commanding Middle", "commanding middle (back of the knee)", "legs",
     "Back of the knee, in the middle of the crease",
     "the classic distal point for the lower back; sciatica, stiffness", false, false, "",
     "Light pressure only. Do not press over varicose veins.",
     "location: WHO 2008; the point (Gach's B54): the article; varicose veins: massage "
     "contraindications (University of Minnesota, Taking Charge)"},
    {"BL57", "Chengshan", "Mountain Support", "", "legs",
     "Back of the lower leg, where the two bellies of the calf muscle meet the tendon",
     "lumbar and leg spasm", false, false, "", "", "location: WHO 2008"},
    {"BL60", "Kunlun", "Kunlun Mountains", "", "feet",
     "Outer ankle, in the hollow between the ankle bone and the Achilles tendon",
     "low back pain, sciatica", false, true, "avoid (every list)", "",
     "location: WHO 2008; pregnancy: every list"},
    {"LR3", "Taichong", "Great Surge",
     "foot point (lying down: between the first toe and the big toe)", "feet",
     "Top of the foot, between the bones of the big toe and the 2nd toe, in the hollow before "
     "they meet",
     "a distal point for back pain and stiffness", true, true, "avoid on some lists", "",
     "location: WHO 2008; the closest standard point to the article's foot point; pregnancy: "
     "some lists"},
    {"KI1", "Yongquan", "Bubbling Spring", "foot point (sitting: the bottom of the foot)", "feet",
     "Sole of the foot, in the deepest hollow when the toes curl, about a third of the way from "
     "the web between the 2nd and 3rd toes to the heel",
     "not confirmed for back pain beyond the article", true, false, "", "",
     "location: WHO 2008, Deadman, sacredlotus.com; the closest standard point to the article's "
     "foot point"},
    {"LI4", "Hegu", "Joining the Valley", "hand point (between the thumb and index finger)",
     "hands",
     "Back of the hand, in the web between the thumb and index finger, beside the middle of the "
     "2nd hand bone",
     "a general pain point: back, neck and shoulder pain", true, true, "avoid (every list)", "",
     "location: WHO 2008; the article's hand point; pregnancy: every list"},
    {"EX-UE7", "Yaotongdian", "Lumbar Pain Point",
     "hand point (between the fourth finger and the pinky)", "hands",
     "Back of the hand, between the 4th and 5th hand bones, near the wrist (TE3 lies between the "
     "same bones, near the knuckles)",
     "the established hand point for low back pain", true, false, "", "",
     "location and use: WHO 2008, Deadman, sacredlotus.com; the established reading of the "
     "article's hand point"},
    {"TE3", "Zhongzhu", "Central Islet", "hand point (between the fourth finger and the pinky)",
     "hands", "Back of the hand, between the 4th and 5th hand bones, just behind the 4th knuckle",
     "not confirmed for back pain beyond the article: a plausible reading of its hand point "
     "(EX-UE7 is the established one)",
     true, false, "", "", "location: WHO 2008; a plausible reading of the article's hand point"},
    {"SP6", "Sanyinjiao", "Three Yin Intersection", "", "legs",
     "Inner lower leg, 3 B-cun (four finger widths) above the inner ankle bone, just behind the "
     "shin bone",
     "not a back-pain point; in the catalog for its pregnancy caution", false, true,
     "avoid (every list)", "", "location: WHO 2008; pregnancy: every list"},
    {"BL67", "Zhiyin", "Reaching Yin", "", "feet",
     "Little toe, beside the outer corner of the nail",
     "not a back-pain point; in the catalog for its pregnancy caution", false, true,
     "avoid (every list)", "", "location: WHO 2008; pregnancy: every list"},
    {"GB21", "Jianjing", "Shoulder Well", "", "shoulders",
     "Top of the shoulder, midway between the large bone at the base of the neck (C7) and the "
     "tip of the shoulder",
     "neck and shoulder tension; in the catalog for its pregnancy caution", false, true,
     "avoid (most lists)", "", "location: WHO 2008; pregnancy: most lists"},
};

bool same_code(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::toupper(static_cast<unsigned char>(x)) ==
           std::toupper(static_cast<unsigned char>(y));
  });
}

} // namespace

std::span<const Point> point_catalog() {
  return k_points;
}

std::vector<std::string_view> point_codes() {
  std::vector<std::string_view> codes;
  for (const auto &point : k_points) {
    codes.push_back(point.code);
  }
  return codes;
}

const Point *find_point(std::string_view code) {
  for (const auto &point : k_points) {
    if (same_code(point.code, code)) {
      return &point;
    }
  }
  return nullptr;
}

} // namespace knead::routine
