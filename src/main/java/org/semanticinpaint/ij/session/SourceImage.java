package org.semanticinpaint.ij.session;

import ij.ImagePlus;
import ij.WindowManager;

import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.ij.image.PlaneImages;

/**
 * The image Propose worked on, as it was then: Render pastes at Propose's coordinates into Propose's plane, so
 * an image that was closed, cropped, resized, converted or given other planes since would get a fill in the
 * wrong place, a stack trace or a write nobody sees. {@link #check} refuses those with one message.
 *
 * @param listed whether ImageJ listed the image (a window, or a batch-mode image) at Propose; a script's image
 *        that was never shown has nothing to be closed from, so only its size and type are checked
 */
record SourceImage(ImagePlus image, int width, int height, int type, int planes, boolean listed) {

	static SourceImage of(ImagePlus imp) {
		return new SourceImage(imp, imp.getWidth(), imp.getHeight(), imp.getType(), imp.getStackSize(), isListed(imp));
	}

	void check() throws InpaintException {
		String t = "'" + image.getTitle() + "'";
		if (listed && !isListed(image) || image.getProcessor() == null) throw new InpaintException("The image " + t +
			" that Propose worked on has been closed, so there is nothing to render into. Open it and run Propose again.");
		if (image.getWidth() != width || image.getHeight() != height) throw new InpaintException("The image " + t +
			" is now " + image.getWidth() + " x " + image.getHeight() + " pixels but was " + width + " x " + height +
			" at Propose (cropped or resized), so the fill would land in the wrong place. Run Propose again.");
		if (image.getType() != type) throw new InpaintException("The image " + t + " is now " +
			PlaneImages.typeName(image) + " but was " + PlaneImages.typeName(type) + " at Propose (converted). Run Propose again.");
		if (image.getStackSize() != planes) throw new InpaintException("The image " + t + " now has " +
			image.getStackSize() + " plane(s) but had " + planes + " at Propose, so the plane it worked on may have " +
			"moved. Run Propose again.");
	}

	/** Whether ImageJ still lists the image: an open window, or an image of a batch-mode macro. */
	private static boolean isListed(ImagePlus imp) {
		int[] ids = WindowManager.getIDList();
		if (ids != null) for (int id : ids) if (WindowManager.getImage(id) == imp) return true;
		return false;
	}
}
