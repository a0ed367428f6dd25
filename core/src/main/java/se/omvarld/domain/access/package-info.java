/**
 * Access to a municipality's register: API tokens and the roles they carry.
 */
package se.omvarld.domain.access;
