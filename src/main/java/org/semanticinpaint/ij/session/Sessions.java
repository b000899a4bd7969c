package org.semanticinpaint.ij.session;

import java.util.LinkedHashMap;
import java.util.Map;

import ij.ImageListener;
import ij.ImagePlus;

/**
 * Open interactive sessions, keyed by their label image: Render finds the session of the active label window
 * (or of the image it came from). A session ends when its label image is closed.
 */
public final class Sessions {

	private static final Map<Integer, InpaintSession> open = new LinkedHashMap<>();
	private static boolean listening;

	private Sessions() {}

	public static synchronized void add(InpaintSession s) {
		open.put(s.layer().image().getID(), s);
		if (!listening) {
			ImagePlus.addImageListener(new ImageListener() {
				@Override
				public void imageOpened(ImagePlus imp) {}

				@Override
				public void imageClosed(ImagePlus imp) {
					remove(imp);
				}

				@Override
				public void imageUpdated(ImagePlus imp) {}
			});
			listening = true;
		}
	}

	public static synchronized void remove(ImagePlus labels) {
		open.remove(labels.getID());
	}

	/** The session whose label image, or whose source image, is {@code imp}; the latest one wins. */
	public static synchronized InpaintSession of(ImagePlus imp) {
		if (imp == null) return null;
		InpaintSession s = open.get(imp.getID());
		if (s != null) return s;
		InpaintSession found = null;
		for (InpaintSession o : open.values())
			if (o.source() == imp) found = o;
		return found;
	}
}
