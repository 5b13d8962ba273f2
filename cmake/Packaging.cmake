# Everything `cmake --install` and `cpack -G DEB` add beyond the binary and the
# routines (whose rules sit next to their targets): the man page and the shell
# completions, generated at build time by running the built knead, and the .deb.

set(knead_generated_dir ${PROJECT_BINARY_DIR}/generated)
# ASan's leak check needs ptrace-free surroundings a build may not have; the
# generators' output is what matters here.
set(knead_generator_env ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0)

# knead_generate(FILE ARGS): FILE under generated/ is `knead ARGS`'s output.
function(knead_generate file arguments)
  add_custom_command(
    OUTPUT ${knead_generated_dir}/${file}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${knead_generated_dir}
    COMMAND ${knead_generator_env} ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:knead>
            "-DARGS=${arguments}" -DOUTPUT=${knead_generated_dir}/${file}
            -P ${PROJECT_SOURCE_DIR}/cmake/RunToFile.cmake
    DEPENDS knead ${PROJECT_SOURCE_DIR}/cmake/RunToFile.cmake
    COMMENT "Generating ${file}"
    VERBATIM)
endfunction()

knead_generate(knead.1 "completions --man")

# knead-routine(5) is docs/routine-format.md, turned into roff at build time by a tool
# of the build's own (tools/md2man), so the page and the manual are one text.
add_executable(knead_md2man ${PROJECT_SOURCE_DIR}/tools/md2man/md2man.cpp)
target_link_libraries(knead_md2man PRIVATE knead_warnings)
add_custom_command(
  OUTPUT ${knead_generated_dir}/knead-routine.5
  COMMAND ${CMAKE_COMMAND} -E make_directory ${knead_generated_dir}
  COMMAND ${knead_generator_env} $<TARGET_FILE:knead_md2man>
          ${PROJECT_SOURCE_DIR}/docs/routine-format.md ${knead_generated_dir}/knead-routine.5
          knead-routine 5 ${PROJECT_VERSION} "the routine file format of knead" "knead(1)"
  DEPENDS knead_md2man ${PROJECT_SOURCE_DIR}/docs/routine-format.md
  COMMENT "Generating knead-routine.5"
  VERBATIM)
knead_generate(knead.bash "completions bash")
knead_generate(_knead "completions zsh")
knead_generate(knead.fish "completions fish")
add_custom_target(knead_generated ALL DEPENDS
  ${knead_generated_dir}/knead.1 ${knead_generated_dir}/knead-routine.5 ${knead_generated_dir}/knead.bash
  ${knead_generated_dir}/_knead ${knead_generated_dir}/knead.fish)

# Manual pages and the changelog compressed as Debian wants them: gzip -9, and -n so
# that no name or time stamp makes two builds of the same text differ.
find_program(KNEAD_GZIP gzip REQUIRED)
# knead_gzip(SOURCE OUTPUT): OUTPUT (under generated/) is SOURCE compressed.
function(knead_gzip source output)
  add_custom_command(
    OUTPUT ${knead_generated_dir}/${output}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${knead_generated_dir}
    COMMAND ${KNEAD_GZIP} -9nc ${source} > ${knead_generated_dir}/${output}
    DEPENDS ${source}
    COMMENT "Compressing ${output}"
    VERBATIM)
endfunction()
knead_gzip(${knead_generated_dir}/knead.1 knead.1.gz)
knead_gzip(${knead_generated_dir}/knead-routine.5 knead-routine.5.gz)
knead_gzip(${PROJECT_SOURCE_DIR}/packaging/changelog changelog.gz)
add_custom_target(knead_compressed ALL DEPENDS
  ${knead_generated_dir}/knead.1.gz ${knead_generated_dir}/knead-routine.5.gz
  ${knead_generated_dir}/changelog.gz)

install(FILES ${knead_generated_dir}/knead.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${knead_generated_dir}/knead-routine.5.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man5)
# Where Debian's shells look (zsh on Debian does not read site-functions).
install(FILES ${knead_generated_dir}/knead.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME knead)
install(FILES ${knead_generated_dir}/_knead
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${knead_generated_dir}/knead.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

# The licence in Debian's machine-readable form, the changelog, and the documentation
# a user reads (the contributor's pages stay in the source tree).
set(knead_doc_dir ${CMAKE_INSTALL_DATADIR}/doc/knead)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright ${knead_generated_dir}/changelog.gz
              ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${knead_doc_dir})
install(FILES ${PROJECT_SOURCE_DIR}/docs/routine-format.md ${PROJECT_SOURCE_DIR}/docs/running.md
              ${PROJECT_SOURCE_DIR}/docs/scripting.md ${PROJECT_SOURCE_DIR}/docs/config.md
              ${PROJECT_SOURCE_DIR}/docs/history.md ${PROJECT_SOURCE_DIR}/docs/safety.md
              ${PROJECT_SOURCE_DIR}/docs/points.md
        DESTINATION ${knead_doc_dir}/docs)

# The .deb: configure with -DCMAKE_INSTALL_PREFIX=/usr, build, then `cpack -G DEB`.
set(KNEAD_PACKAGE_MAINTAINER "knead maintainers <knead@users.noreply.invalid>"
    CACHE STRING "The Maintainer field of the .deb")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME knead)
set(CPACK_PACKAGE_VENDOR knead)
set(CPACK_PACKAGE_CONTACT ${KNEAD_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY knead)
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_STRIP_FILES ON)
# 0644 and 0755 on the control files whatever the umask of the build.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${KNEAD_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
# The synopsis is the summary above; this is the extended description under it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "knead guides you through a self-massage and acupressure routine in a terminal:
safety questions first, then where to press, how, and for how long, with sound
cues and a large countdown, then ice. It keeps a history of sessions and pain
before and after, and can remind you every day through systemd user timers.
It is self-care guidance, not medical advice.")
# dpkg-shlibdeps works out Depends (libsqlite3-0 and libc6 for the release preset).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# notify-send for reminders, a voice for spoken cues: useful, not required.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libnotify-bin")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "espeak-ng")
include(CPack)
