// fmt's compiled part, built once for the release program (KNEAD_STATIC_RUNTIME).
// Debian ships fmt as a shared library only; linking it would bring libstdc++.so back
// in at every start, and using fmt header-only compiles this part again in every file
// that formats (it more than doubled the build of the .deb). The non-template
// functions come from format-inl.h; the templates fmt's headers declare `extern`
// or leave undefined are instantiated below for the types knead formats.
#include <fmt/format-inl.h>

FMT_BEGIN_NAMESPACE
namespace detail {

template FMT_API auto thousands_sep_impl<char>(locale_ref) -> thousands_sep_result<char>;
template FMT_API auto thousands_sep_impl<wchar_t>(locale_ref) -> thousands_sep_result<wchar_t>;
template FMT_API auto decimal_point_impl(locale_ref) -> char;
template FMT_API auto decimal_point_impl(locale_ref) -> wchar_t;
template FMT_API locale_ref::locale_ref(const std::locale &locale);
template FMT_API auto locale_ref::get<std::locale>() const -> std::locale;

namespace dragonbox {
template FMT_API auto to_decimal(float x) noexcept -> decimal_fp<float>;
template FMT_API auto to_decimal(double x) noexcept -> decimal_fp<double>;
} // namespace dragonbox

} // namespace detail
FMT_END_NAMESPACE
