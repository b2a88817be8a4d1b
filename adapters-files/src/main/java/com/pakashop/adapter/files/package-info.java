/** FileStorage on a local directory: the stand-in until signatures go to Cloudinary or object storage. */
package com.pakashop.adapter.files;
