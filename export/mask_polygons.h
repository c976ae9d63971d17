#pragma once
// Masks <-> polygons for COCO (`--polygons`) and YOLO segmentation.
//
// Contours come from cv::findContours (RETR_CCOMP: outer borders and the holes inside them), with
// vertices on pixel centres. A hole is kept by splicing it into its outer ring through a
// zero-width bridge (out to the hole and back along the same segment), so an even-odd fill such as
// cv::fillPoly or pycocotools' rasteriser leaves the hole empty.
#include <vector>

#include <opencv2/core.hpp>

namespace s2s {

// x0, y0, x1, y1, ... in pixels (COCO order).
using Polygon = std::vector<double>;

// One polygon per connected region (holes bridged in), largest region first. Regions too small
// for a polygon (one or two pixels) become their pixel rectangle. `mask`: CV_8U, nonzero inside.
std::vector<Polygon> maskToPolygons(const cv::Mat& mask);

// All regions joined into one polygon by bridges between them (YOLO takes one polygon per
// instance). Empty when the mask is empty.
Polygon maskToSinglePolygon(const cv::Mat& mask);

// Rasterises polygons (each filled even-odd with cv::fillPoly, then united, as COCO unites the
// polygons of one annotation) into a CV_8U 0/1 mask.
cv::Mat polygonsToMask(const std::vector<Polygon>& polygons, int height, int width);

} // namespace s2s
