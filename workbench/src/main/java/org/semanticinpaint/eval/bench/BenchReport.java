package org.semanticinpaint.eval.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything one benchmark run measured, and its Markdown: machine header, method, one section per table, notes.
 *
 * @param tables one table per section, in the sections' order
 */
public record BenchReport(MachineInfo machine, Map<Section, BenchTable> tables, List<String> notes) {

	/** The report's tables, in the order they are printed. */
	public enum Section {
		LOAD(LoadBenchmark::table), WINDOW(WindowBenchmark::table), IMAGE(ImageBenchmark::table),
		SCALING(ScalingCheck::table), SCRATCH(ScratchBenchmark::table), TRAINING(TrainingBenchmark::table),
		THROUGHPUT(ThroughputBenchmark::table);

		private final Supplier<BenchTable> empty;

		Section(Supplier<BenchTable> empty) {
			this.empty = empty;
		}

		/** A new empty table of this section. */
		public BenchTable emptyTable() {
			return empty.get();
		}
	}

	/** Empty tables and notes, to be filled. */
	public static BenchReport start(MachineInfo machine) {
		Map<Section, BenchTable> tables = new EnumMap<>(Section.class);
		for (Section s : Section.values()) tables.put(s, s.emptyTable());
		return new BenchReport(machine, tables, new ArrayList<>());
	}

	public BenchTable table(Section s) {
		return tables.get(s);
	}

	public String markdown(BenchmarkOptions o) {
		BenchmarkOptions.Workload w = o.workload();
		BenchmarkOptions.Images im = w.images();
		BenchmarkOptions.Training tr = w.training();
		StringBuilder sb = new StringBuilder("# Benchmark\n\n").append(machine.markdown()).append('\n');
		sb.append(String.format(Locale.ROOT, "Window: median and spread of %d runs after %d untimed; targets: propose "
			+ "<= %.0f ms, render <= %.0f ms.\n\n", w.window().runs(), w.window().warmup(),
			WindowBenchmark.PROPOSE_TARGET_MS, WindowBenchmark.RENDER_TARGET_MS));
		sb.append(String.format(Locale.ROOT, "Large images: median of %d run(s) after %d untimed, each case in %s. "
			+ "Memory: the largest peak of one run beyond what the process held just before it (image, mask and bundle "
			+ "loaded, garbage collected); heap from the heap pools' peaks (an upper bound: it counts garbage not yet "
			+ "collected), RSS from VmHWM after resetting it; target: both < %.1f GB.\n\n", im.runs(), im.warmup(),
			im.fork() ? "a fresh JVM" : "this JVM", ImageBenchmark.MEMORY_TARGET_MB / 1024));
		sb.append(String.format(Locale.ROOT, "Scratch: median of %d run(s) after %d untimed, in this JVM; Telea runs on "
			+ "the same image and mask in the same loop.\n\n", im.runs(), im.warmup()));
		sb.append(String.format(Locale.ROOT, "Training: batch %d, %d step(s) timed after %d untimed, on synthetic "
			+ "labelled images at the bundle's tile and widths.\n\n", tr.batch(), tr.steps(), tr.warmup()));
		sb.append(String.format(Locale.ROOT, "Batch throughput: Inpaint Folder's code (FolderJob) over %d seeded images "
			+ "with a mask folder, median of %d batches taken in turns after one untimed image; OpenCV Telea opens, "
			+ "fills and writes the same files the same way; cores: the engine's threads (Telea: 1); CPU s: the "
			+ "process's CPU time; x Telea: time against Telea's.\n\n", w.throughputImages(),
			ThroughputBenchmark.ROUNDS));
		for (BenchTable t : tables.values()) {
			if (t.rowCount() == 0) continue;
			sb.append("## ").append(t.title()).append("\n\n").append(t.markdown()).append('\n');
		}
		if (!notes.isEmpty()) {
			sb.append("## Notes\n\n");
			for (String n : notes) sb.append("- ").append(n).append('\n');
		}
		return sb.toString();
	}

	/** An error as one line of a note (a child JVM's error carries its output, many lines). */
	public static String oneLine(Throwable e) {
		String s = e.toString();
		int nl = s.indexOf('\n');
		return nl < 0 ? s : s.substring(0, nl) + " (more on stderr)";
	}
}
