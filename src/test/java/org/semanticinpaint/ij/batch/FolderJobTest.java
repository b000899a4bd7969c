package org.semanticinpaint.ij.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.gui.Roi;
import ij.io.FileSaver;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.ij.EngineCache;
import org.semanticinpaint.ij.InpaintJob;
import org.semanticinpaint.ij.TestImages;
import org.semanticinpaint.ij.TestModel;

/** A folder run: masks by name, saved selections, hole values; what cannot be done is skipped with a reason. */
public class FolderJobTest {

	@TempDir
	Path tmp;

	@Test
	void aMixedFolderRunsUnattended() throws Exception {
		InpaintEngine engine = EngineCache.get(TestModel.gray());
		Path in = Files.createDirectories(tmp.resolve("in")), masks = Files.createDirectories(tmp.resolve("masks"));
		ImagePlus a = TestImages.micrograph16();
		save(a, in.resolve("a.tif"));
		ByteProcessor m = new ByteProcessor(a.getWidth(), a.getHeight());
		m.setColor(255);
		m.fill(new OvalRoi(50, 50, 40, 30));
		save(new ImagePlus("a-mask", m), masks.resolve("a.png"));
		ImagePlus b = TestImages.micrograph8();
		b.setRoi(new OvalRoi(100, 100, 30, 30));
		save(b, in.resolve("b.tif")); // the selection is saved in the TIFF
		ImagePlus c = TestImages.micrograph16();
		c.getProcessor().setValue(0);
		c.getProcessor().fill(new ij.gui.Roi(10, 10, 20, 20)); // a dead tile
		save(c, in.resolve("c.tif"));
		ImagePlus d = TestImages.micrograph8();
		d.getProcessor().add(1); // no zero pixels, no selection, no mask: nothing to do
		save(d, in.resolve("d.tif"));
		Files.writeString(in.resolve("e.png"), "not an image");
		Path out = tmp.resolve("out");
		FolderReport r = FolderJob.run(engine, new FolderJob.Options(new FolderJob.Folders(in, out, masks,
			null), new FolderJob.Fill(0.0, InpaintJob.Planes.ALL)), Progress.NONE);
		System.out.print(r.summary());
		assertEquals(3, r.done.size(), r.summary());
		assertEquals(2, r.skipped.size(), r.summary());
		assertTrue(r.summary().contains("d.tif: no hole"), r.summary());
		assertTrue(r.summary().contains("e.png: is a text file, not an image"), r.summary());
		ImagePlus outA = IJ.openImage(out.resolve("a.tif").toString());
		assertEquals(16, outA.getBitDepth());
		assertEquals(a.getCalibration().pixelWidth, outA.getCalibration().pixelWidth, 1e-9);
		assertEquals(a.getProcessor().get(0, 0), outA.getProcessor().get(0, 0));
		ImagePlus inA = IJ.openImage(in.resolve("a.tif").toString());
		assertArrayEquals((short[]) a.getProcessor().getPixels(), (short[]) inA.getProcessor().getPixels(),
			"inputs are never written");
		ImagePlus outC = IJ.openImage(out.resolve("c.tif").toString());
		assertTrue(outC.getProcessor().get(20, 20) > 0, "the dead tile was filled");
	}

	@Test
	void theOutputMustNotBeTheInput() {
		InpaintException e = assertThrows(InpaintException.class, () -> FolderJob.run(EngineCache.get(TestModel.gray()),
			new FolderJob.Options(new FolderJob.Folders(tmp, tmp, null, null), new FolderJob.Fill(0.0,
				InpaintJob.Planes.ALL)), Progress.NONE));
		assertTrue(e.getMessage().contains("never overwritten"), e.getMessage());
	}

	@Test
	void anOutputFolderThatIsTheInputThroughASymlinkIsRefusedAndTheInputsStayByteIdentical() throws Exception {
		Path in = Files.createDirectories(tmp.resolve("in"));
		ImagePlus a = TestImages.micrograph8();
		a.setRoi(new OvalRoi(60, 60, 30, 30));
		save(a, in.resolve("a.tif"));
		byte[] before = Files.readAllBytes(in.resolve("a.tif"));
		Path link = Files.createSymbolicLink(tmp.resolve("link"), in);
		for (Path out : new Path[] { link, link.resolve("."), tmp.resolve("link/../in") }) {
			InpaintException e = assertThrows(InpaintException.class, () -> FolderJob.run(engine(),
				new FolderJob.Options(new FolderJob.Folders(in, out, null, null), new FolderJob.Fill(null,
					InpaintJob.Planes.ALL)), Progress.NONE), out.toString());
			assertTrue(e.getMessage().contains("never overwritten"), e.getMessage());
		}
		assertArrayEquals(before, Files.readAllBytes(in.resolve("a.tif")));
		assertEquals(List.of("a.tif"), names(in));
	}

	@Test
	void namesThatCollideGetDistinctOutputs() throws Exception {
		Path in = Files.createDirectories(tmp.resolve("in"));
		for (String n : new String[] { "x.png", "x.PNG", "x.jpg", "y.png" }) {
			ImagePlus imp = TestImages.micrograph8();
			imp.getProcessor().add(1);
			imp.getProcessor().setValue(0);
			imp.getProcessor().fill(new Roi(40 + n.length(), 40, 20, 20));
			boolean ok = n.toLowerCase().endsWith(".png") ? new FileSaver(imp).saveAsPng(in.resolve(n).toString())
				: new FileSaver(imp).saveAsJpeg(in.resolve(n).toString());
			assertTrue(ok);
		}
		if (names(in).size() < 4) return; // a case-insensitive file system holds only one of x.png, x.PNG
		Path out = tmp.resolve("out");
		FolderReport r = FolderJob.run(engine(), options(in, out, 0.0, false, Shard.ALL), Progress.NONE);
		assertEquals(0, r.skipped.size(), r.summary());
		assertEquals(List.of("x-jpg.tif", "x-png-2.tif", "x-png.tif", "y.tif"), names(out), r.summary());
	}

	@Test
	void aRerunKeepsCompleteOutputsRedoesTruncatedOnesRemovesLeftoversAndOverwritesOnlyWhenAsked() throws Exception {
		Path in = Files.createDirectories(tmp.resolve("in")), out = Files.createDirectories(tmp.resolve("out"));
		for (String n : new String[] { "a", "b", "c" }) save(deadTile(), in.resolve(n + ".tif"));
		save(new ImagePlus("earlier", new ByteProcessor(40, 30)), out.resolve("a.tif"));
		Files.writeString(out.resolve(".b.tif.part"), "half a TIFF");
		save(deadTile(), out.resolve("c.tif"));
		byte[] c = Files.readAllBytes(out.resolve("c.tif"));
		Files.write(out.resolve("c.tif"), java.util.Arrays.copyOf(c, c.length / 2)); // an older version's, cut short
		FolderReport r = FolderJob.run(engine(), options(in, out, 0.0, false, Shard.ALL), Progress.NONE);
		System.out.print(r.summary());
		assertEquals(1, r.kept.size(), r.summary());
		assertEquals(2, r.done.size(), r.summary());
		assertTrue(r.summary().contains("c.tif -> c.tif: 400 hole pixels"), r.summary());
		assertTrue(r.summary().contains("(replaced a truncated output)"), r.summary());
		assertEquals(FolderReport.ALL_DONE, r.exitCode());
		assertEquals(40, IJ.openImage(out.resolve("a.tif").toString()).getWidth(), "a complete output is kept");
		assertEquals(List.of("a.tif", "b.tif", "c.tif"), names(out), "the leftover .part is gone");
		assertTrue(CompleteTiff.isComplete(out.resolve("c.tif")));
		FolderReport again = FolderJob.run(engine(), options(in, out, 0.0, true, Shard.ALL), Progress.NONE);
		assertEquals(3, again.done.size(), again.summary());
		assertEquals(256, IJ.openImage(out.resolve("a.tif").toString()).getWidth());
	}

	@Test
	void anyFailureOfOneImageIsASkipWithItsReason() {
		FolderReport r = new FolderReport();
		Path f = tmp.resolve("x.tif");
		FolderJob.record("oom.tif", f, () -> {
			throw new OutOfMemoryError("Java heap space");
		}, r);
		FolderJob.record("cancel.tif", f, () -> {
			throw new java.util.concurrent.CancellationException();
		}, r);
		FolderJob.record("bug.tif", f, () -> {
			throw new IllegalStateException("a bug");
		}, r);
		FolderJob.record("disk.tif", f, () -> {
			throw new java.io.IOException("No space left on device");
		}, r);
		FolderJob.record("fine.tif", f, () -> "fine.tif -> fine.tif", r);
		assertEquals(List.of("fine.tif -> fine.tif"), r.done);
		assertEquals(4, r.skipped.size(), r.summary());
		assertTrue(r.skipped.get(0).startsWith("oom.tif: out of memory"), r.summary());
		assertTrue(r.skipped.get(1).startsWith("cancel.tif: cancelled; not written"), r.summary());
		assertTrue(r.skipped.get(3).contains("No space left on device"), r.summary());
		assertEquals(FolderReport.SOME_SKIPPED, r.exitCode());
	}

	@Test
	void aHugeImageIsSkippedFromItsHeaderAndTheOthersAreDone() throws Exception {
		Path in = Files.createDirectories(tmp.resolve("in"));
		save(deadTile(), in.resolve("a.tif"));
		HugeTiff.write(in.resolve("huge.tif"), 40000, 40000);
		save(deadTile(), in.resolve("z.tif"));
		FolderReport r = FolderJob.run(engine(), options(in, tmp.resolve("out"), 0.0, false, Shard.ALL),
			Progress.NONE);
		System.out.print(r.summary());
		assertEquals(2, r.done.size(), r.summary());
		assertEquals(1, r.skipped.size(), r.summary());
		assertTrue(r.skipped.get(0).startsWith("huge.tif: too large for the memory: 40000 x 40000"), r.summary());
		assertFalse(r.summary().contains("Exception") || r.summary().contains("\tat "), r.summary());
		assertEquals(FolderReport.SOME_SKIPPED, r.exitCode());
	}

	@Test
	void aStopEndsAfterTheCurrentImageAndSaysWhatWasNotWritten() throws Exception {
		Path in = Files.createDirectories(tmp.resolve("in")), out = tmp.resolve("out");
		for (String n : new String[] { "a", "b", "c" }) save(deadTile(), in.resolve(n + ".tif"));
		AtomicInteger polls = new AtomicInteger();
		Progress escAfterOne = new Progress() {
			@Override
			public void update(int done, int total, String what) {}

			@Override
			public boolean isCanceled() {
				return polls.incrementAndGet() > 1;
			}
		};
		FolderReport r = FolderJob.run(engine(), options(in, out, 0.0, false, Shard.ALL), escAfterOne);
		assertTrue(r.cancelled);
		assertEquals(FolderReport.STOPPED, r.exitCode());
		assertEquals(List.of("b.tif", "c.tif"), r.notProcessed, r.summary());
		assertTrue(r.summary().contains("not processed b.tif"), r.summary());
		assertEquals(List.of("a.tif"), names(out), "one whole output, no partial file");
	}

	@Test
	void labelImagesGuideTheFillAndBadOnesAreSkippedWithTheReason() throws Exception {
		Path in = Files.createDirectories(tmp.resolve("in")), labels = Files.createDirectories(tmp.resolve("labels"));
		for (String n : new String[] { "keep", "paint", "fraction", "missing" }) save(deadTile(), in.resolve(n + ".tif"));
		save(labelImage(255, 255), labels.resolve("keep.png"));
		save(labelImage(255, 1), labels.resolve("paint.png"));
		FloatProcessor fp = new FloatProcessor(256, 256);
		fp.set(1.5);
		save(new ImagePlus("fraction", fp), labels.resolve("fraction.tif"));
		Path out = tmp.resolve("out");
		FolderReport r = FolderJob.run(engine(), new FolderJob.Options(new FolderJob.Folders(in, out,
			null, labels), new FolderJob.Fill(0.0, InpaintJob.Planes.ALL)), Progress.NONE);
		System.out.print(r.summary());
		assertEquals(2, r.done.size(), r.summary());
		assertTrue(r.summary().contains("fraction.tif: The label image 'fraction.tif' has the value 1.5"), r.summary());
		assertTrue(r.summary().contains("missing.tif: no label image of the same name"), r.summary());
		ImagePlus keep = IJ.openImage(out.resolve("keep.tif").toString()), paint = IJ.openImage(out.resolve(
			"paint.tif").toString());
		assertTrue(differs(keep, paint), "class 1 in the hole changes the fill");
	}

	/** A 256 x 256 16-bit micrograph with a 20 x 20 dead tile of zeros. */
	/**
	 * A hole value marks every pixel of that value: here a dead tile and a black scale bar. The summary says how
	 * many regions and pixels were filled, so a fill of natural pixels does not go unnoticed.
	 */
	@Test
	void aHoleValueReportsTheRegionsAndPixelsItFilled() throws Exception {
		InpaintEngine engine = EngineCache.get(TestModel.gray());
		Path in = Files.createDirectories(tmp.resolve("in"));
		ImagePlus imp = deadTile();
		imp.getProcessor().fill(new Roi(180, 230, 50, 4)); // the scale bar, also 0
		save(imp, in.resolve("bar.tif"));
		FolderReport r = FolderJob.run(engine, new FolderJob.Options(new FolderJob.Folders(in,
			tmp.resolve("out"), null, null), new FolderJob.Fill(0.0, InpaintJob.Planes.ALL)), Progress.NONE);
		assertTrue(r.summary().contains("bar.tif -> bar.tif: 600 hole pixels in 2 region(s), "), r.summary());
	}

	public static ImagePlus deadTile() {
		ImagePlus imp = TestImages.micrograph16();
		imp.getProcessor().add(1);
		imp.getProcessor().setValue(0);
		imp.getProcessor().fill(new Roi(60, 60, 20, 20));
		return imp;
	}

	/** 8-bit labels: {@code outside} everywhere, {@code inHole} over the dead tile of {@link #deadTile}. */
	public static ImagePlus labelImage(int outside, int inHole) {
		ByteProcessor l = new ByteProcessor(256, 256);
		l.setValue(outside);
		l.fill();
		l.setValue(inHole);
		l.fill(new Roi(55, 55, 30, 30));
		return new ImagePlus("labels", l);
	}

	static boolean differs(ImagePlus a, ImagePlus b) {
		for (int i = 0; i < a.getProcessor().getPixelCount(); i++)
			if (a.getProcessor().getf(i) != b.getProcessor().getf(i)) return true;
		return false;
	}

	public static FolderJob.Options options(Path in, Path out, Double holeValue, boolean overwrite, Shard shard) {
		return new FolderJob.Options(new FolderJob.Folders(in, out, null, null), new FolderJob.Fill(holeValue,
			InpaintJob.Planes.ALL), overwrite, shard, false);
	}

	public static InpaintEngine engine() throws Exception {
		return EngineCache.get(TestModel.gray());
	}

	public static List<String> names(Path dir) throws Exception {
		try (Stream<Path> s = Files.list(dir)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	public static void save(ImagePlus imp, Path p) {
		FileSaver s = new FileSaver(imp);
		assertTrue(p.toString().endsWith(".png") ? s.saveAsPng(p.toString()) : s.saveAsTiff(p.toString()));
	}
}
