# Checks that the folders of src/ include one another one way only (docs/ARCHITECTURE.md,
# "Layers"): a file may include headers of its own folder and of the folders below it,
# never of one above. Run as a test: cmake -DSOURCE_DIR=<src> -P CheckLayers.cmake. It
# prints every include that breaks the rule, as "file:line: ...", and fails if any does.
#
# What each folder may include, itself included. `screening` makes the session's plan,
# so it may include session/; session never includes screening/. voice/ (the spoken
# script) runs on the session, and ui/ and cli/ use it. remind/ sits beside the others
# on util/ alone; only cli/ uses it. config/ (the settings file) reads its file with
# routine/'s loader parts, and only cli/ uses it: it lays the flags over the file.
cmake_minimum_required(VERSION 3.20)

set(knead_layer_util util)
set(knead_layer_routine util routine)
set(knead_layer_session util routine session)
set(knead_layer_screening util routine session screening)
set(knead_layer_history util routine session screening history)
set(knead_layer_config util routine config)
set(knead_layer_voice util routine session voice)
set(knead_layer_remind util remind)
set(knead_layer_ui util routine session screening history voice ui)
set(knead_layer_cli util routine config session screening history voice remind ui cli)
set(knead_layers util routine config session screening history voice remind ui cli)

if(NOT SOURCE_DIR OR NOT IS_DIRECTORY "${SOURCE_DIR}")
  message(FATAL_ERROR "CheckLayers: SOURCE_DIR (the src/ folder) is not a folder: '${SOURCE_DIR}'")
endif()

set(problems 0)
set(checked 0)
file(GLOB folders LIST_DIRECTORIES true RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/*")
foreach(folder IN LISTS folders)
  if(NOT IS_DIRECTORY "${SOURCE_DIR}/${folder}")
    continue() # main.cpp and the like, above every layer
  endif()
  if(NOT folder IN_LIST knead_layers)
    message("${SOURCE_DIR}/${folder}: a folder with no layer: give it one in "
            "cmake/CheckLayers.cmake and docs/ARCHITECTURE.md")
    math(EXPR problems "${problems} + 1")
    continue()
  endif()
  file(GLOB_RECURSE sources "${SOURCE_DIR}/${folder}/*.hpp" "${SOURCE_DIR}/${folder}/*.cpp"
       "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.in")
  foreach(source IN LISTS sources)
    math(EXPR checked "${checked} + 1")
    file(STRINGS "${source}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
      math(EXPR number "${number} + 1")
      if(NOT line MATCHES "^[ \t]*#[ \t]*include[ \t]*[\"<]([^\">]+)[\">]")
        continue()
      endif()
      set(included "${CMAKE_MATCH_1}")
      if(included MATCHES "(^|/)\\.\\.(/|$)")
        message("${source}:${number}: ${folder}/ includes \"${included}\" by a relative path; "
                "name the folder instead")
        math(EXPR problems "${problems} + 1")
        continue()
      endif()
      if(NOT included MATCHES "^([a-z_]+)/")
        continue() # a system header, or a file of the same folder
      endif()
      set(target "${CMAKE_MATCH_1}")
      if(NOT target IN_LIST knead_layers)
        continue() # a library's folder (fmt/, CLI/, doctest/)
      endif()
      if(NOT target IN_LIST knead_layer_${folder})
        message("${source}:${number}: ${folder}/ may not include ${included}: "
                "${target}/ is above ${folder}/ (docs/ARCHITECTURE.md, \"Layers\")")
        math(EXPR problems "${problems} + 1")
      endif()
    endforeach()
  endforeach()
endforeach()

if(checked EQUAL 0)
  message(FATAL_ERROR "CheckLayers: no source files under ${SOURCE_DIR}")
endif()
if(problems GREATER 0)
  message(FATAL_ERROR "${problems} include(s) against the layers")
endif()
message("the layers hold: ${checked} files checked")
