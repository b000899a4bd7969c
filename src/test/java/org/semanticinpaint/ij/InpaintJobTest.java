package org.semanticinpaint.ij;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;

import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.gui.Roi;
import ij.gui.ShapeRoi;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticinpaint.bundle.BundleException;
import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;

/** The one-shot job on real image types: only hole pixels change, the original stays intact, bad input is refused. */
class InpaintJobTest {

	static InpaintEngine engine;

	@BeforeAll
	static void open() throws Exception {
		engine = EngineCache.get(TestModel.gray());
	}

	static InpaintJob.Request request(ImagePlus imp, Roi roi, InpaintJob.Planes planes, InpaintJob.Output out) {
		return new InpaintJob.Request(imp, InpaintJob.Hole.selection(roi), null, planes, out);
	}

	@Test
	void newImageChangesOnlyTheHoleAndKeepsTheOriginal() throws Exception {
		ImagePlus imp = TestImages.micrograph16();
		short[] before = ((short[]) imp.getProcessor().getPixels()).clone();
		// a composite selection: two separate ovals, two holes
		Roi roi = new ShapeRoi(new OvalRoi(40, 50, 30, 24)).or(new ShapeRoi(new OvalRoi(150, 140, 40, 30)));
		InpaintJob.Result r = InpaintJob.run(engine, request(imp, roi, InpaintJob.Planes.CURRENT, InpaintJob.Output.NEW_IMAGE));
		assertArrayEquals(before, (short[]) imp.getProcessor().getPixels(), "the original is untouched");
		assertEquals(2, r.stats().windows());
		short[] after = (short[]) r.image().getProcessor().getPixels();
		ImageProcessor mask = maskOf(roi, imp.getWidth(), imp.getHeight());
		int changed = 0;
		for (int i = 0; i < after.length; i++) {
			if (mask.get(i) == 0) assertEquals(before[i], after[i], "pixel outside the hole at " + i);
			else if (before[i] != after[i]) changed++;
		}
		assertTrue(changed > r.stats().holePixels() / 2, "the hole was filled: " + changed + " of " +
			r.stats().holePixels());
		assertEquals(imp.getCalibration().pixelWidth, r.image().getCalibration().pixelWidth);
		assertEquals(imp.getCalibration().getUnit(), r.image().getCalibration().getUnit());
		assertTrue(r.maps().labels().isEmpty(), "no label map is kept unless asked for");
		assertEquals(1, r.maps().filled().size());
		InpaintJob.Result kept = InpaintJob.run(engine, request(imp, roi, InpaintJob.Planes.CURRENT,
			InpaintJob.Output.NEW_IMAGE), new InpaintJob.RunOptions(false, true));
		assertEquals(java.util.Set.of(1), kept.maps().labels().keySet());
		assertEquals(16, r.image().getBitDepth());
	}

	@Test
	void inPlaceCanBeUndone() throws Exception {
		ImagePlus imp = TestImages.micrograph8();
		byte[] before = ((byte[]) imp.getProcessor().getPixels()).clone();
		InpaintJob.Result r = InpaintJob.run(engine, request(imp, new OvalRoi(60, 60, 50, 40),
			InpaintJob.Planes.CURRENT, InpaintJob.Output.IN_PLACE));
		assertSame(imp, r.image());
		assertNotEquals(java.util.Arrays.hashCode(before), java.util.Arrays.hashCode((byte[]) imp.getProcessor().getPixels()));
		imp.getProcessor().reset(); // what Edit>Undo does for Undo.FILTER
		assertArrayEquals(before, (byte[]) imp.getProcessor().getPixels());
	}

	@Test
	void everyPlaneOfAStack() throws Exception {
		ImagePlus imp = TestImages.stack16(3);
		imp.setSlice(2);
		Roi roi = new Roi(100, 100, 40, 30);
		InpaintJob.Result r = InpaintJob.run(engine, request(imp, roi, InpaintJob.Planes.ALL, InpaintJob.Output.NEW_IMAGE));
		assertEquals(3, r.stats().planes());
		assertEquals(3, r.image().getStackSize());
		assertEquals(2, r.image().getCurrentSlice());
		for (int n = 1; n <= 3; n++) {
			short[] a = (short[]) imp.getStack().getPixels(n), b = (short[]) r.image().getStack().getPixels(n);
			assertEquals(a[0], b[0]);
			assertNotEquals(java.util.Arrays.hashCode(a), java.util.Arrays.hashCode(b), "plane " + n + " was filled");
		}
		InpaintJob.Result one = InpaintJob.run(engine, request(imp, roi, InpaintJob.Planes.CURRENT, InpaintJob.Output.NEW_IMAGE));
		assertArrayEquals((short[]) imp.getStack().getPixels(1), (short[]) one.image().getStack().getPixels(1),
			"other planes untouched");
	}

	@Test
	void rgbOutsideTheHoleIsBitIdentical(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
		InpaintEngine rgb = InpaintEngine.open(org.semanticinpaint.bundle.TestBundles.write(dir,
			org.semanticinpaint.bundle.TestBundles.card(3, 2, 64), 3), org.semanticinpaint.engine.EngineSettings.defaults());
		ColorProcessor cp = new ColorProcessor(120, 100);
		for (int y = 0; y < 100; y++) for (int x = 0; x < 120; x++) cp.set(x, y, (x * 2) << 16 | (200 + y / 2) << 8 | (x + y));
		ImagePlus imp = new ImagePlus("rgb", cp);
		int[] before = ((int[]) cp.getPixels()).clone();
		Roi roi = new OvalRoi(40, 30, 30, 30);
		InpaintJob.Result r;
		try (rgb) {
			r = InpaintJob.run(rgb, request(imp, roi, InpaintJob.Planes.CURRENT, InpaintJob.Output.NEW_IMAGE));
		}
		int[] after = (int[]) r.image().getProcessor().getPixels();
		ImageProcessor mask = maskOf(roi, 120, 100);
		for (int i = 0; i < after.length; i++) if (mask.get(i) == 0) assertEquals(before[i], after[i]);
		assertArrayEquals(before, (int[]) cp.getPixels());
	}

	@Test
	void floatImagesWithNaNs() throws Exception {
		FloatProcessor fp = (FloatProcessor) TestImages.micrograph16().getProcessor().convertToFloat();
		for (int y = 120; y < 130; y++) for (int x = 120; x < 130; x++) fp.setf(x, y, Float.NaN);
		ImagePlus imp = new ImagePlus("f", fp);
		InpaintJob.Result r = InpaintJob.run(engine, request(imp, new Roi(110, 110, 30, 30), InpaintJob.Planes.CURRENT,
			InpaintJob.Output.NEW_IMAGE));
		float[] out = (float[]) r.image().getProcessor().getPixels();
		for (float v : out) assertTrue(Float.isFinite(v));
	}

	/** In place on a virtual stack would write into a plane read from disk and lost: refused, files untouched. */
	@Test
	void inPlaceOnAVirtualStackIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
		ImagePlus one = TestImages.micrograph8();
		for (String n : new String[] { "a.tif", "b.tif" })
			new ij.io.FileSaver(one).saveAsTiff(dir.resolve(n).toString());
		byte[] file = java.nio.file.Files.readAllBytes(dir.resolve("a.tif"));
		ij.VirtualStack vs = new ij.VirtualStack(one.getWidth(), one.getHeight(), null, dir + "/");
		vs.addSlice("a.tif");
		vs.addSlice("b.tif");
		ImagePlus imp = new ImagePlus("virtual", vs);
		InpaintException e = assertThrows(InpaintException.class, () -> InpaintJob.run(engine, request(imp,
			new Roi(100, 100, 30, 30), InpaintJob.Planes.CURRENT, InpaintJob.Output.IN_PLACE)));
		assertTrue(e.getMessage().contains("is a virtual stack"), e.getMessage());
		assertArrayEquals(file, java.nio.file.Files.readAllBytes(dir.resolve("a.tif")));
		InpaintJob.Result r = InpaintJob.run(engine, request(imp, new Roi(100, 100, 30, 30), InpaintJob.Planes.CURRENT,
			InpaintJob.Output.NEW_IMAGE));
		assertTrue(!r.image().getStack().isVirtual(), "a new image is a real copy");
	}

	/** Pixels of an indexed-colour image are palette entries: refused. A pseudo-colour LUT on grey data is fine. */
	@Test
	void indexedColourIsRefusedButPseudoColourIsNot() throws Exception {
		ImagePlus imp = TestImages.micrograph8();
		byte[] r = new byte[256], g = new byte[256], b = new byte[256];
		java.util.Random rnd = new java.util.Random(5);
		rnd.nextBytes(r);
		rnd.nextBytes(g);
		rnd.nextBytes(b);
		imp.getProcessor().setLut(new ij.process.LUT(r, g, b));
		InpaintException e = assertThrows(InpaintException.class, () -> ImageChecks.check(imp, engine.card()));
		assertTrue(e.getMessage().contains("indexed-colour"), e.getMessage());
		ImagePlus fire = TestImages.micrograph8();
		for (int i = 0; i < 256; i++) { r[i] = (byte) i; g[i] = (byte) Math.max(0, 2 * i - 255); b[i] = (byte) (i / 2); }
		fire.getProcessor().setLut(new ij.process.LUT(r, g, b));
		ImageChecks.check(fire, engine.card());
	}

	/** NaN and infinite pixels beside the selection are context that is missing, not hole: they stay as they are. */
	@Test
	void nonFinitePixelsBesideTheSelectionStay() throws Exception {
		FloatProcessor fp = (FloatProcessor) TestImages.micrograph16().getProcessor().convertToFloat();
		fp.setf(105, 120, Float.NaN);
		fp.setf(141, 120, Float.POSITIVE_INFINITY);
		fp.setf(120, 108, Float.NEGATIVE_INFINITY);
		ImagePlus imp = new ImagePlus("f", fp);
		InpaintJob.Result r = InpaintJob.run(engine, request(imp, new Roi(110, 110, 30, 30), InpaintJob.Planes.CURRENT,
			InpaintJob.Output.NEW_IMAGE));
		ImageProcessor out = r.image().getProcessor();
		assertTrue(Float.isNaN(out.getf(105, 120)));
		assertEquals(Float.POSITIVE_INFINITY, out.getf(141, 120));
		assertEquals(Float.NEGATIVE_INFINITY, out.getf(120, 108));
		double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
		for (int i = 0; i < fp.getPixelCount(); i++)
			if (Float.isFinite(fp.getf(i))) { lo = Math.min(lo, fp.getf(i)); hi = Math.max(hi, fp.getf(i)); }
		for (int y = 110; y < 140; y++)
			for (int x = 110; x < 140; x++) {
				float v = out.getf(x, y);
				assertTrue(v >= lo - (hi - lo) && v <= hi + (hi - lo), "fill in range at " + x + "," + y + ": " + v);
			}
	}

	@Test
	void guidanceFromALabelImage() throws Exception {
		ImagePlus imp = TestImages.micrograph8();
		Roi roi = new Roi(80, 80, 60, 60);
		ByteProcessor lab = new ByteProcessor(imp.getWidth(), imp.getHeight());
		ImagePlus labels = new ImagePlus("labels", lab);
		lab.setValue(2);
		lab.fill();
		InpaintJob.Result two = InpaintJob.run(engine, new InpaintJob.Request(imp, InpaintJob.Hole.selection(roi),
			labels, InpaintJob.Planes.CURRENT, InpaintJob.Output.NEW_IMAGE));
		lab.setValue(0);
		lab.fill();
		InpaintJob.Result zero = InpaintJob.run(engine, new InpaintJob.Request(imp, InpaintJob.Hole.selection(roi),
			labels, InpaintJob.Planes.CURRENT, InpaintJob.Output.NEW_IMAGE));
		assertNotEquals(java.util.Arrays.hashCode((byte[]) two.image().getProcessor().getPixels()),
			java.util.Arrays.hashCode((byte[]) zero.image().getProcessor().getPixels()), "the labels steer the fill");
		lab.setValue(7);
		lab.fill();
		InpaintException e = assertThrows(InpaintException.class, () -> InpaintJob.run(engine, new InpaintJob.Request(
			imp, InpaintJob.Hole.selection(roi), labels, InpaintJob.Planes.CURRENT, InpaintJob.Output.NEW_IMAGE)));
		assertTrue(e.getMessage().contains("value 7"), e.getMessage());
	}

	@Test
	void badInputIsRefusedWithAMessageAndChangesNothing() throws Exception {
		ImagePlus imp = TestImages.micrograph8();
		byte[] before = ((byte[]) imp.getProcessor().getPixels()).clone();
		assertMessage("no selection", request(imp, null, InpaintJob.Planes.CURRENT, InpaintJob.Output.IN_PLACE));
		assertMessage("whole image", request(imp, new Roi(0, 0, imp.getWidth(), imp.getHeight()),
			InpaintJob.Planes.CURRENT, InpaintJob.Output.IN_PLACE));
		assertMessage("outside", request(imp, new Roi(imp.getWidth() + 10, 5, 20, 20), InpaintJob.Planes.CURRENT,
			InpaintJob.Output.IN_PLACE));
		assertMessage("point selection", request(imp, new ij.gui.PointRoi(30, 30), InpaintJob.Planes.CURRENT,
			InpaintJob.Output.IN_PLACE));
		assertArrayEquals(before, (byte[]) imp.getProcessor().getPixels());
		assertMessage("RGB image", request(new ImagePlus("rgb", new ColorProcessor(100, 100)), new Roi(10, 10, 9, 9),
			InpaintJob.Planes.CURRENT, InpaintJob.Output.NEW_IMAGE));
		assertMessage("tiny image", request(new ImagePlus("tiny", new ByteProcessor(20, 20)), new Roi(5, 5, 5, 5),
			InpaintJob.Planes.CURRENT, InpaintJob.Output.NEW_IMAGE));
		assertMessage("no image", request(null, null, InpaintJob.Planes.CURRENT, InpaintJob.Output.NEW_IMAGE));
		assertMessage("stack in place", request(TestImages.stack16(2), new Roi(5, 5, 20, 20), InpaintJob.Planes.ALL,
			InpaintJob.Output.IN_PLACE));
	}

	@Test
	void brokenBundleIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
		BundleException e = assertThrows(BundleException.class, () -> EngineCache.get(dir));
		assertTrue(e.getMessage().contains("model.json"), e.getMessage());
		InpaintException m = assertThrows(InpaintException.class, () -> ModelChoice.resolve(dir.resolve("nope").toString()));
		assertTrue(m.getMessage().contains("No model bundle"), m.getMessage());
	}

	static void assertMessage(String what, InpaintJob.Request r) {
		InpaintException e = assertThrows(InpaintException.class, () -> InpaintJob.run(engine, r), what);
		assertTrue(e.getMessage().length() > 20 && !e.getMessage().contains("Exception"), what + ": " + e.getMessage());
		System.out.println(what + " -> " + e.getMessage());
	}

	static ImageProcessor maskOf(Roi roi, int w, int h) {
		ByteProcessor m = new ByteProcessor(w, h);
		m.setColor(255);
		m.fill(roi);
		Rectangle b = roi.getBounds();
		assertTrue(b.width > 0);
		return m;
	}
}
