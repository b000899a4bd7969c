package org.semanticinpaint.eval.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.semanticinpaint.bundle.BundleException;
import org.semanticinpaint.bundle.BundleLoader;
import org.semanticinpaint.bundle.ModelBundle;
import org.semanticinpaint.train.WeightsReader;

/**
 * Model load time: the first {@link BundleLoader#load} of a bundle in this JVM (its files possibly in the OS cache
 * already, hence "cold-ish"), then a second load, which is what reopening a model in a running Fiji costs.
 */
public final class LoadBenchmark {

	private LoadBenchmark() {}

	public static BenchTable table() {
		return new BenchTable("Model load", "bundle", List.of("first load ms", "second load ms", "parameters", "size MB"),
			new int[] { 0, 0, 0, 1 }, List.of());
	}

	/** Loads the bundle twice, adds a row, and returns the second load (open: the caller closes it). */
	public static ModelBundle run(Path dir, int threads, BenchTable table) throws BundleException {
		long t0 = System.nanoTime();
		ModelBundle first = BundleLoader.load(dir, threads);
		long t1 = System.nanoTime();
		first.close();
		long t2 = System.nanoTime();
		ModelBundle second = BundleLoader.load(dir, threads);
		long t3 = System.nanoTime();
		long params = WeightsReader.read(second.inpaintModel()).parameterCount() +
			WeightsReader.read(second.segmentModel()).parameterCount() +
			WeightsReader.read(second.decodeModel()).parameterCount();
		table.addRow(second.card().name, new double[] { (t1 - t0) / 1e6, (t3 - t2) / 1e6, params,
			sizeOnDisk(dir) / 1024.0 / 1024.0 });
		return second;
	}

	static long sizeOnDisk(Path dir) {
		try (Stream<Path> s = Files.walk(dir)) {
			return s.filter(Files::isRegularFile).mapToLong(p -> {
				try {
					return Files.size(p);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}).sum();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
