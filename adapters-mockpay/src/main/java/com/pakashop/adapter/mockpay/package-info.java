/** A payment provider for development and tests: signed callbacks to our own webhook, outcomes by number. */
package com.pakashop.adapter.mockpay;
