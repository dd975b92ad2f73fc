# bench_smoke: runs each benchmark in its tiny mode and checks that it succeeds, prints every
# figure in the format scripts/bench promises (BenchReport.h) and leaves no files behind. The
# numbers themselves are not judged.
#   cmake -DBENCH_TIMELINE=<bench_timeline> -DBENCH_GRAPH=<bench_graph> -DBENCH_LIVE=<bench_live>
#         -DWORK=<scratch folder> -P check_smoke.cmake
cmake_minimum_required(VERSION 3.21)

set(number "[0-9]+(\\.[0-9]+)?")
set(expected_timeline
  "durable_append: ${number} events/s \\(baseline: ${number} events/s, ratio: ${number}\\)"
  "burst_append: ${number} events/s \\(baseline: ${number} events/s, ratio: ${number}\\)"
  "verify: ${number} MB/s \\(baseline: ${number} MB/s, ratio: ${number}\\)"
  "open_last_page: ${number} ms \\(goal: < ${number} ms\\)"
  "fts_query: ${number} ms \\(goal: < ${number} ms\\)"
  "peak_rss: ${number} MB \\(goal: < ${number} MB\\)")
set(expected_graph
  "graph_layout: ${number} ms \\(baseline: ${number} ms, ratio: ${number}\\)"
  "blast_radius: ${number} ms \\(goal: < ${number} ms\\)"
  "graph_recolour_frame: ${number} ms \\(goal: < ${number} ms\\)")
# A smoke run of bench_live has no Prometheus baseline (it runs one only when given --prometheus)
# and skips leader-loss (no Patroni stack); it fails by itself when the probes were not answered.
set(expected_live
  "health_poll_cpu: ${number} s( \\(baseline: ${number} s, ratio: ${number}\\))?"
  "health_poll_stall: ${number} ms \\(goal: < ${number} ms\\)")

# bench_graph and bench_live show widgets: without a display, on the offscreen platform (ctest
# sets it; this is for running the script by hand).
if(NOT DEFINED ENV{QT_QPA_PLATFORM})
  set(ENV{QT_QPA_PLATFORM} offscreen)
endif()

foreach(bench IN ITEMS timeline graph live)
  string(TOUPPER "${bench}" upper)
  set(program "${BENCH_${upper}}")
  if(NOT program)
    message(FATAL_ERROR "pass -DBENCH_${upper}=<path of bench_${bench}>")
  endif()
  file(REMOVE_RECURSE "${WORK}")
  file(MAKE_DIRECTORY "${WORK}")
  execute_process(COMMAND "${program}" --smoke --work "${WORK}"
                  RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  message("${out}")
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "bench_${bench} --smoke failed (${result}):\n${err}")
  endif()

  set(expected ${expected_${bench}})
  string(REPLACE "\n" ";" lines "${out}")
  list(FILTER lines EXCLUDE REGEX "^$")
  list(LENGTH lines count)
  list(LENGTH expected wanted)
  if(NOT count EQUAL wanted)
    message(FATAL_ERROR "bench_${bench}: expected ${wanted} lines on stdout, got ${count}")
  endif()
  foreach(pattern line IN ZIP_LISTS expected lines)
    if(NOT line MATCHES "^${pattern}$")
      message(FATAL_ERROR "bench_${bench}: line does not match\n  ${line}\nexpected\n  ${pattern}")
    endif()
  endforeach()

  file(GLOB leftovers "${WORK}/*")
  if(leftovers)
    message(FATAL_ERROR "bench_${bench} left files behind: ${leftovers}")
  endif()
endforeach()
file(REMOVE_RECURSE "${WORK}")
