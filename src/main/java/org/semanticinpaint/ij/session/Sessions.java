package org.semanticinpaint.ij.session;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import ij.ImageListener;
import ij.ImagePlus;

/**
 * Open interactive sessions: Render finds the session of the active label window (or of the image it came
 * from). A session lives exactly as long as its label image: the label image holds it (as an image property)
 * and this registry holds the label images only weakly. So a batch macro or a script that drops its label
 * images (closed, or never shown, as a SciJava output) frees every session with them; closing a label window
 * ends its session at once.
 */
public final class Sessions {

	static final String PROPERTY = "org.semanticinpaint.session";

	private static final List<WeakReference<ImagePlus>> open = new ArrayList<>();
	private static boolean listening;

	private Sessions() {}

	public static synchronized void add(InpaintSession s) {
		ImagePlus labels = s.layer().image();
		labels.setProperty(PROPERTY, s);
		open.add(new WeakReference<>(labels));
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
		if (session(labels) == null) return;
		labels.setProperty(PROPERTY, null);
		prune(labels);
	}

	/** The session whose label image, or whose source image, is {@code imp}; the latest one wins. */
	public static synchronized InpaintSession of(ImagePlus imp) {
		if (imp == null) return null;
		InpaintSession s = session(imp);
		if (s != null) return s;
		InpaintSession found = null;
		prune(null);
		for (WeakReference<ImagePlus> r : open) {
			InpaintSession o = session(r.get());
			if (o != null && o.source() == imp) found = o;
		}
		return found;
	}

	/** Open sessions whose label image is still alive (for tests and diagnostics). */
	public static synchronized int count() {
		prune(null);
		return open.size();
	}

	/** The session a label image holds; null for other images (a duplicate of a label image holds none of its own). */
	private static InpaintSession session(ImagePlus imp) {
		if (imp == null) return null;
		return imp.getProperty(PROPERTY) instanceof InpaintSession s && s.layer().image() == imp ? s : null;
	}

	/** Drops collected label images, ended sessions and {@code also}. */
	private static void prune(ImagePlus also) {
		for (Iterator<WeakReference<ImagePlus>> it = open.iterator(); it.hasNext();) {
			ImagePlus l = it.next().get();
			if (l == null || l == also || session(l) == null) it.remove();
		}
	}
}
