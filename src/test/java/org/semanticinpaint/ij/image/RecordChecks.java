package org.semanticinpaint.ij.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import ij.ImagePlus;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.process.ImageProcessor;

import org.semanticinpaint.engine.Provenance;

/** Checks of the record a result carries, on an image as ImageJ opened it from disk. */
public final class RecordChecks {

	private RecordChecks() {}

	/** The overlay's selections named {@value Provenance#ROI_NAME}. */
	public static List<Roi> outlines(ImagePlus imp) {
		List<Roi> out = new ArrayList<>();
		Overlay o = imp.getOverlay();
		if (o == null) return out;
		for (Roi r : o.toArray())
			if (Provenance.ROI_NAME.equals(r.getName())) out.add(r);
		return out;
	}

	/** One outline, whose inside is exactly the non-zero pixels of {@code hole}, pixel by pixel. */
	public static void assertOutlinesExactly(ImagePlus imp, ImageProcessor hole) {
		List<Roi> rois = outlines(imp);
		assertEquals(1, rois.size(), "one selection named '" + Provenance.ROI_NAME + "' in the overlay");
		Roi roi = rois.get(0);
		ImageProcessor m = roi.getMask();
		java.awt.Rectangle b = roi.getBounds();
		int inside = 0;
		for (int y = 0; y < hole.getHeight(); y++)
			for (int x = 0; x < hole.getWidth(); x++) {
				boolean in = x >= b.x && y >= b.y && x < b.x + b.width && y < b.y + b.height &&
					(m == null || m.get(x - b.x, y - b.y) != 0);
				boolean filled = hole.get(x, y) != 0;
				assertEquals(filled, in, "pixel (" + x + ", " + y + ") " + (filled ? "filled but outside" :
					"not filled but inside") + " the outline");
				if (in) inside++;
			}
		assertTrue(inside > 0);
	}

	/** The Info holds one record, and it says {@code expected} (each a line or part of one). */
	public static void assertInfoSays(ImagePlus imp, String... expected) {
		String info = imp.getInfoProperty();
		assertNotNull(info, "no Info");
		int records = info.split(java.util.regex.Pattern.quote(Provenance.BEGIN), -1).length - 1;
		assertEquals(1, records, "one record in:\n" + info);
		String record = info.substring(info.indexOf(Provenance.BEGIN), info.indexOf(Provenance.END));
		for (String e : expected) assertTrue(record.contains(e), "'" + e + "' in:\n" + record);
	}
}
