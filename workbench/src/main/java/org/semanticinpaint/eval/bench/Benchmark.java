package org.semanticinpaint.eval.bench;

import static org.semanticinpaint.eval.bench.BenchReport.Section.IMAGE;
import static org.semanticinpaint.eval.bench.BenchReport.Section.LOAD;
import static org.semanticinpaint.eval.bench.BenchReport.Section.SCALING;
import static org.semanticinpaint.eval.bench.BenchReport.Section.SCRATCH;
import static org.semanticinpaint.eval.bench.BenchReport.Section.THROUGHPUT;
import static org.semanticinpaint.eval.bench.BenchReport.Section.TRAINING;
import static org.semanticinpaint.eval.bench.BenchReport.Section.WINDOW;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.semanticinpaint.bundle.ModelBundle;
import org.semanticinpaint.engine.EngineSettings;

/**
 * Speed and memory of every bundle on this machine: model load time; propose and render on a 256 x 256 window
 * against OpenCV Telea and the targets (250 and 200 ms); end to end and peak memory on 2048 and 8192 pixel
 * 16-bit images with 1 and 10 holes (targets: under 1.5 GB beyond the image, time following the holes and not
 * the pixels); training images/s per stage; batch images/s, and per core, of Inpaint Folder's code against
 * Telea. Prints a Markdown report and, with {@code --out}, writes it to a file too. A part that fails becomes a
 * note; the rest still runs.
 *
 * <pre>
 * mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx8g -cp "target/classes:$(cat target/cp.txt)" org.semanticinpaint.eval.bench.Benchmark --out docs/benchmark.md
 * </pre>
 * See {@link BenchmarkOptions#USAGE}.
 */
public final class Benchmark {

	private Benchmark() {}

	public static void main(String[] args) throws Exception {
		BenchmarkOptions o = BenchmarkOptions.parse(args);
		o.skipped().forEach(System.out::println);
		if (o.bundles().isEmpty()) {
			System.err.println("No bundle to benchmark.\n" + BenchmarkOptions.USAGE);
			System.exit(1);
		}
		String md = run(o).markdown(o);
		System.out.println();
		System.out.print(md);
		if (o.out() != null) {
			Path parent = o.out().toAbsolutePath().getParent();
			if (parent != null) Files.createDirectories(parent);
			Files.writeString(o.out(), md, StandardCharsets.UTF_8);
			System.out.println("\nWritten to " + o.out().toAbsolutePath());
		}
	}

	public static BenchReport run(BenchmarkOptions o) {
		BenchReport r = BenchReport.start(MachineInfo.probe());
		r.notes().addAll(o.skipped());
		for (Path dir : o.bundles()) {
			System.out.println("Benchmarking " + dir + " ...");
			try (ModelBundle bundle = LoadBenchmark.run(dir, o.threads(), o.parts().contains("load") ? r.table(LOAD)
				: LoadBenchmark.table()))
			{
				runParts(o, r, dir, bundle);
			}
			catch (Exception e) {
				e.printStackTrace();
				r.notes().add(dir + " could not be benchmarked: " + BenchReport.oneLine(e));
			}
		}
		return r;
	}

	/** Every part but the load on one loaded bundle, each one attempted on its own. */
	private static void runParts(BenchmarkOptions o, BenchReport r, Path dir, ModelBundle bundle) {
		EngineSettings settings = EngineSettings.defaults().withThreads(o.threads());
		BenchmarkOptions.Workload w = o.workload();
		BenchmarkOptions.Images im = w.images();
		BenchmarkOptions.Training tr = w.training();
		String name = bundle.card().name;
		if (o.parts().contains("window")) attempt(r, name, "window", () -> WindowBenchmark.run(bundle, settings,
			w.window().runs(), w.window().warmup(), r.table(WINDOW)));
		if (o.parts().contains("image")) attempt(r, name, "large images", () -> {
			ImageBenchmark.run(dir, im.fork() ? null : bundle, cases(im), im.runs(), im.warmup(), o.threads(),
				r.table(IMAGE), r.notes());
			ScalingCheck.add(r.table(IMAGE), name, im.sizes(), im.holes(), r.table(SCALING));
		});
		if (o.parts().contains("scratch")) attempt(r, name, "scratch", () -> ScratchBenchmark.run(bundle, settings,
			im.scratchSizes(), im.runs(), im.warmup(), r.table(SCRATCH)));
		if (o.parts().contains("training")) attempt(r, name, "training", () -> TrainingBenchmark.run(bundle,
			tr.warmup(), tr.steps(), tr.batch(), o.threads(), r.table(TRAINING)));
		if (o.parts().contains("throughput")) attempt(r, name, "throughput", () -> ThroughputBenchmark.run(bundle,
			settings, w.throughputImages(), r.table(THROUGHPUT)));
	}

	/** Every image side with every hole count. */
	private static List<ImageBenchmark.Case> cases(BenchmarkOptions.Images im) {
		List<ImageBenchmark.Case> cases = new ArrayList<>();
		for (int side : im.sizes())
			for (int holes : im.holes()) cases.add(new ImageBenchmark.Case(side, holes));
		return cases;
	}

	private interface Part {
		void run() throws Exception;
	}

	/** Runs one part and says how long it took; a failure becomes a note instead of ending the benchmark. */
	private static void attempt(BenchReport r, String bundle, String part, Part p) {
		long t0 = System.nanoTime();
		try {
			p.run();
			System.out.printf(Locale.ROOT, "%s: %s benchmark done in %.1f s%n", bundle, part, (System.nanoTime() - t0) / 1e9);
		}
		catch (Exception | OutOfMemoryError e) {
			e.printStackTrace();
			r.notes().add(bundle + ": the " + part + " benchmark failed: " + BenchReport.oneLine(e));
		}
	}
}
