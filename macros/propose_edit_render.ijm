// The interactive loop from a macro: Propose opens the proposed labels over the coarse fill; paint classes with
// the palette and the brush, then Render. Here the labels are changed by the macro itself: everything inside the
// hole becomes class 1 (e.g. "particle"), as a person would paint it.
if (selectionType() == -1) exit("Select the region to fill first.");
getSelectionBounds(x, y, w, h);
run("Propose...", "model=em-nanoparticles mask=selection");
// the label image is now active; its values are class ids
makeOval(x + w / 4, y + h / 4, w / 2, h / 2);
setColor(1);
fill();
Roi.remove;
run("Render...", "output=[new image]");
