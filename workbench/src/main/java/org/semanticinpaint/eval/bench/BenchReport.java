package org.semanticinpaint.eval.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Everything one benchmark run measured, and its Markdown: machine header, method, one section per table, notes. */
public record BenchReport(MachineInfo machine, BenchTable load, BenchTable window, BenchTable image, BenchTable scaling,
	BenchTable scratch, BenchTable training, BenchTable throughput, List<String> notes)
{

	/** Empty tables and notes, to be filled. */
	public static BenchReport start(MachineInfo machine) {
		return new BenchReport(machine, LoadBenchmark.table(), WindowBenchmark.table(), ImageBenchmark.table(),
			ScalingCheck.table(), ScratchBenchmark.table(), TrainingBenchmark.table(), ThroughputBenchmark.table(),
			new ArrayList<>());
	}

	public List<BenchTable> tables() {
		return List.of(load, window, image, scaling, scratch, training, throughput);
	}

	public String markdown(BenchmarkOptions o) {
		StringBuilder sb = new StringBuilder("# Benchmark\n\n").append(machine.markdown()).append('\n');
		sb.append(String.format(Locale.ROOT, "Window: median and spread of %d runs after %d untimed; targets: propose "
			+ "<= %.0f ms, render <= %.0f ms.\n\n", o.runs(), o.warmup(), WindowBenchmark.PROPOSE_TARGET_MS,
			WindowBenchmark.RENDER_TARGET_MS));
		sb.append(String.format(Locale.ROOT, "Large images: median of %d run(s) after %d untimed, each case in %s. "
			+ "Memory: the largest peak of one run beyond what the process held just before it (image, mask and bundle "
			+ "loaded, garbage collected); heap from the heap pools' peaks (an upper bound: it counts garbage not yet "
			+ "collected), RSS from VmHWM after resetting it; target: both < %.1f GB.\n\n", o.imageRuns(),
			o.imageWarmup(), o.fork() ? "a fresh JVM" : "this JVM", ImageBenchmark.MEMORY_TARGET_MB / 1024));
		sb.append(String.format(Locale.ROOT, "Scratch: median of %d run(s) after %d untimed, in this JVM; Telea runs on "
			+ "the same image and mask in the same loop.\n\n", o.imageRuns(), o.imageWarmup()));
		sb.append(String.format(Locale.ROOT, "Training: batch %d, %d step(s) timed after %d untimed, on synthetic "
			+ "labelled images at the bundle's tile and widths.\n\n", o.batch(), o.trainSteps(), o.trainWarmup()));
		sb.append(String.format(Locale.ROOT, "Batch throughput: Inpaint Folder's code (FolderJob) over %d seeded images "
			+ "with a mask folder, median of %d batches taken in turns after one untimed image; OpenCV Telea opens, "
			+ "fills and writes the same files the same way; cores: the engine's threads (Telea: 1); CPU s: the "
			+ "process's CPU time; x Telea: time against Telea's.\n\n", o.throughputImages(),
			ThroughputBenchmark.ROUNDS));
		for (BenchTable t : tables()) {
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
