# bench_smoke: runs the benchmark in its tiny mode and checks that it succeeds and prints every
# figure in the format scripts/bench promises. The numbers themselves are not judged.
#   cmake -DBENCH=<bench_timeline> -DWORK=<scratch folder> -P check_smoke.cmake
cmake_minimum_required(VERSION 3.21)
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${BENCH}" --smoke --work "${WORK}"
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}")
if(NOT result EQUAL 0)
  message(FATAL_ERROR "bench_timeline --smoke failed (${result}):\n${err}")
endif()

set(number "[0-9]+(\\.[0-9]+)?")
set(expected
  "durable_append: ${number} events/s \\(baseline: ${number} events/s, ratio: ${number}\\)"
  "burst_append: ${number} events/s \\(baseline: ${number} events/s, ratio: ${number}\\)"
  "verify: ${number} MB/s \\(baseline: ${number} MB/s, ratio: ${number}\\)"
  "open_last_page: ${number} ms \\(goal: < ${number} ms\\)"
  "fts_query: ${number} ms \\(goal: < ${number} ms\\)"
  "peak_rss: ${number} MB \\(goal: < ${number} MB\\)")
string(REPLACE "\n" ";" lines "${out}")
list(FILTER lines EXCLUDE REGEX "^$")
list(LENGTH lines count)
list(LENGTH expected wanted)
if(NOT count EQUAL wanted)
  message(FATAL_ERROR "expected ${wanted} lines on stdout, got ${count}")
endif()
foreach(pattern line IN ZIP_LISTS expected lines)
  if(NOT line MATCHES "^${pattern}$")
    message(FATAL_ERROR "line does not match\n  ${line}\nexpected\n  ${pattern}")
  endif()
endforeach()

file(GLOB leftovers "${WORK}/*")
if(leftovers)
  message(FATAL_ERROR "the benchmark left files behind: ${leftovers}")
endif()
file(REMOVE_RECURSE "${WORK}")
