package org.semanticinpaint.ij.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.Roi;
import ij.process.ByteProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticinpaint.engine.Progress;

/** Two shards of 50 images give the very same files as one run of 100. */
class ShardedRunTest {

	@TempDir
	Path tmp;

	@Test
	void twoShardsOfFiftyEqualOneRunOfHundred() throws Exception {
		Path in = Files.createDirectories(tmp.resolve("in"));
		Random r = new Random(22);
		for (int i = 0; i < 100; i++) FolderJobTest.save(small(r), in.resolve(String.format("img%03d.png", i)));
		Path one = tmp.resolve("one"), split = tmp.resolve("split");
		long t0 = System.nanoTime();
		FolderReport all = FolderJob.run(FolderJobTest.engine(), FolderJobTest.options(in, one, 0.0, false,
			Shard.ALL), Progress.NONE);
		System.out.printf("100 images of 64 x 64 in one run: %.2f s%n", (System.nanoTime() - t0) / 1e9);
		assertEquals(100, all.done.size(), all.summary());
		for (int k = 1; k <= 2; k++) {
			FolderReport part = FolderJob.run(FolderJobTest.engine(), FolderJobTest.options(in, split, 0.0, false,
				new Shard(k, 2)), Progress.NONE);
			assertEquals(50, part.done.size(), part.summary());
			assertEquals(50, part.otherShards);
		}
		assertEquals(FolderJobTest.names(one), FolderJobTest.names(split));
		for (String n : FolderJobTest.names(one)) {
			ImagePlus a = IJ.openImage(one.resolve(n).toString()), b = IJ.openImage(split.resolve(n).toString());
			assertArrayEquals((byte[]) a.getProcessor().getPixels(), (byte[]) b.getProcessor().getPixels(), n);
			assertEquals(undated(a.getInfoProperty()), undated(b.getInfoProperty()), n);
		}
	}

	/** The Info but for the date of the record (the runs are seconds apart). */
	private static String undated(String info) {
		return info.replaceAll("Inpainting date: .*", "");
	}

	/** 64 x 64 8-bit noise with a seeded square of zeros (the hole); no other pixel is 0. */
	private static ImagePlus small(Random r) {
		ByteProcessor ip = new ByteProcessor(64, 64);
		for (int i = 0; i < 64 * 64; i++) ip.set(i, 1 + r.nextInt(254));
		ip.setValue(0);
		ip.fill(new Roi(8 + r.nextInt(40), 8 + r.nextInt(40), 6 + r.nextInt(6), 6 + r.nextInt(6)));
		return new ImagePlus("small", ip);
	}
}
